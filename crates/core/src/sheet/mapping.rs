//! Which column holds which script field. Guessed from the header row in either
//! language, then confirmed or changed by the user.

use serde::{Deserialize, Serialize};

use super::Sheet;
use crate::Lang;

/// The script fields a run sheet's columns can hold (domain §2's script row).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Field {
    TimeSlot,
    Segment,
    Product,
    SellingPoints,
    Lines,
    Offer,
    Owner,
    Notes,
}

impl Field {
    pub const ALL: [Field; 8] = [
        Field::TimeSlot,
        Field::Segment,
        Field::Product,
        Field::SellingPoints,
        Field::Lines,
        Field::Offer,
        Field::Owner,
        Field::Notes,
    ];

    pub fn label(self, lang: Lang) -> &'static str {
        let (zh, en) = match self {
            Field::TimeSlot => ("时间段", "Time slot"),
            Field::Segment => ("环节", "Segment"),
            Field::Product => ("产品", "Product"),
            Field::SellingPoints => ("卖点", "Selling points"),
            Field::Lines => ("话术", "Lines"),
            Field::Offer => ("福利", "Offer"),
            Field::Owner => ("负责人", "Owner"),
            Field::Notes => ("备注", "Notes"),
        };
        match lang {
            Lang::ZhCn => zh,
            Lang::En => en,
        }
    }

    /// Header words that name the field, lower-case; the first match wins, in
    /// the order of [`Field::ALL`], so "产品卖点" is selling points, not product.
    fn header_words(self) -> &'static [&'static str] {
        match self {
            Field::TimeSlot => &["时间", "时段", "time", "slot"],
            Field::Segment => &["环节", "流程", "板块", "阶段", "segment", "stage", "part"],
            Field::Product => &["产品", "商品", "品名", "product", "item"],
            Field::SellingPoints => &["卖点", "selling", "point"],
            Field::Lines => &["话术", "台词", "口播", "lines", "script", "say"],
            Field::Offer => &["福利", "优惠", "活动", "offer", "benefit", "deal", "perk"],
            Field::Owner => &["负责", "人员", "owner", "who", "role"],
            Field::Notes => &["备注", "说明", "note", "remark", "comment"],
        }
    }

    fn index(self) -> usize {
        Field::ALL.iter().position(|&f| f == self).unwrap_or(0)
    }
}

/// The column of each field, if any.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct ColumnMap {
    columns: [Option<usize>; 8],
}

impl ColumnMap {
    pub fn get(&self, field: Field) -> Option<usize> {
        self.columns[field.index()]
    }

    /// Maps a field to a column; a column holds one field, so another field
    /// mapped to the same column loses it.
    pub fn set(&mut self, field: Field, column: Option<usize>) {
        if column.is_some() {
            for slot in &mut self.columns {
                if *slot == column {
                    *slot = None;
                }
            }
        }
        self.columns[field.index()] = column;
    }

    pub fn mapped(&self) -> usize {
        self.columns.iter().flatten().count()
    }

    /// Guesses from a header row: each field takes the first column whose
    /// header contains one of its words (selling points before product, so
    /// "产品卖点" lands right).
    pub fn guess(header: &[String]) -> ColumnMap {
        let mut map = ColumnMap::default();
        let order = [
            Field::SellingPoints,
            Field::TimeSlot,
            Field::Segment,
            Field::Product,
            Field::Lines,
            Field::Offer,
            Field::Owner,
            Field::Notes,
        ];
        for field in order {
            let column = header.iter().enumerate().position(|(column, text)| {
                let text = text.to_lowercase();
                !map.columns.contains(&Some(column))
                    && field.header_words().iter().any(|word| text.contains(word))
            });
            if column.is_some() {
                map.set(field, column);
            }
        }
        map
    }
}

/// The header row: the first of the first five rows from which at least two
/// fields can be guessed (run sheets often have a title row above), else the first.
pub fn header_row(sheet: &Sheet) -> usize {
    sheet
        .rows
        .iter()
        .take(5)
        .position(|row| ColumnMap::guess(row).mapped() >= 2)
        .unwrap_or(0)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn header(cells: &[&str]) -> Vec<String> {
        cells.iter().map(|c| c.to_string()).collect()
    }

    #[test]
    fn guesses_chinese_and_english_headers() {
        let zh = ColumnMap::guess(&header(&[
            "序号",
            "时间段",
            "环节",
            "产品",
            "产品卖点",
            "话术",
            "福利",
            "负责人",
            "备注",
        ]));
        let expected = [1, 2, 3, 4, 5, 6, 7, 8];
        for (field, column) in Field::ALL.into_iter().zip(expected) {
            assert_eq!(zh.get(field), Some(column), "{field:?}");
        }
        let en = ColumnMap::guess(&header(&[
            "Time",
            "Segment",
            "Product",
            "Selling points",
            "Lines",
            "Offer",
            "Owner",
            "Notes",
        ]));
        assert_eq!(en.mapped(), 8);
        assert_eq!(en.get(Field::SellingPoints), Some(3));
    }

    #[test]
    fn a_column_holds_one_field() {
        let mut map = ColumnMap::guess(&header(&["时间", "环节"]));
        map.set(Field::Notes, Some(0));
        assert_eq!(map.get(Field::TimeSlot), None);
        assert_eq!(map.get(Field::Notes), Some(0));
        map.set(Field::Notes, None);
        assert_eq!(map.mapped(), 1);
    }

    #[test]
    fn the_header_may_sit_below_a_title_row() {
        let sheet = Sheet {
            rows: vec![
                header(&["双11 直播脚本"]),
                header(&["时间段", "环节", "话术"]),
            ],
            row_numbers: vec![1, 2],
        };
        assert_eq!(header_row(&sheet), 1);
    }
}
