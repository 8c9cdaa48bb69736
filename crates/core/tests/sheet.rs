//! Spreadsheet import: the CSV and Excel fixtures (same rows) read into the
//! same segments, and every problem names its row and column.

use livedesk_core::model::{InteractionKind, Role, SegmentKind, SequentialIds};
use livedesk_core::samples::first_run_workspace;
use livedesk_core::sheet::{
    read_csv, to_segments, ColumnMap, Field, IssueKind, Sheet, SheetImport,
};
use livedesk_core::Lang;

const CSV: &str = include_str!("fixtures/sheets/run-sheet.csv");

fn catalogue() -> Vec<livedesk_core::model::Product> {
    let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 1).unwrap();
    first_run_workspace(Lang::ZhCn, today, &mut SequentialIds::new("ws")).products
}

fn import(sheet: &Sheet) -> SheetImport {
    let header = &sheet.rows[1];
    let map = ColumnMap::guess(header);
    to_segments(sheet, &map, &catalogue(), &mut SequentialIds::new("seg"))
}

fn sheet(rows: &[&[&str]]) -> Sheet {
    Sheet {
        rows: rows
            .iter()
            .map(|r| r.iter().map(|c| c.to_string()).collect())
            .collect(),
        row_numbers: (1..=rows.len()).collect(),
    }
}

#[test]
fn the_csv_fixture_reads_into_six_segments() {
    let sheet = read_csv(CSV).unwrap();
    let result = import(&sheet);
    assert_eq!(result.header_row, 1);
    assert!(result.is_importable(), "{:?}", result.issues);
    let kinds: Vec<_> = result.segments.iter().map(|(_, s)| s.kind).collect();
    assert_eq!(
        kinds,
        [
            SegmentKind::Opening,
            SegmentKind::ProductExplanation,
            SegmentKind::ClosingSale,
            SegmentKind::Interaction,
            SegmentKind::ProductExplanation,
            SegmentKind::WrapUp,
        ]
    );
    let minutes: Vec<_> = result
        .segments
        .iter()
        .map(|(_, s)| s.planned_seconds / 60)
        .collect();
    assert_eq!(minutes, [10, 8, 7, 15, 15, 5]);
    let rows: Vec<_> = result.segments.iter().map(|(row, _)| *row).collect();
    assert_eq!(
        rows,
        [3, 4, 5, 6, 7, 8],
        "rows as the spreadsheet numbers them"
    );

    let (_, opening) = &result.segments[0];
    assert_eq!(opening.lines.len(), 2);
    assert_eq!(
        opening.lines[1], "秒杀倒计时 3、2、1，上链接！",
        "a countdown is not a list marker"
    );
    assert_eq!(opening.selling_points, ["小支装尝鲜", "出差带着方便"]);
    assert_eq!(opening.owner, Some(Role::Anchor));
    assert!(opening.product_id.is_some());
    let (_, serum) = &result.segments[1];
    assert_eq!(
        serum.selling_points,
        ["空调房一整天不紧绷", "熬夜后上妆不卡粉"]
    );
    assert!(
        serum.product_id.is_some(),
        "partial name matches the catalogue's"
    );
    assert_eq!(result.segments[2].1.owner, Some(Role::AssistantHost));
    assert_eq!(
        result.segments[3].1.interaction,
        Some(InteractionKind::LuckyDraw)
    );
}

#[test]
fn warnings_keep_the_text_and_errors_name_row_and_column() {
    let rows: &[&[&str]] = &[
        &["时间段", "环节", "产品", "负责人"],
        &["20:00-20:15", "开场", "神秘新品", "嘉宾"],
        &["20:15-20:15", "讲解", "", ""],
        &["8点到9点", "互动", "", ""],
        &["20:30-20:45", "聊天", "", ""],
        &["23:50-00:05", "收尾", "", ""],
        &["300", "休息", "", ""],
    ];
    let result = import_with_header_first(&sheet(rows));
    let messages: Vec<_> = result
        .issues
        .iter()
        .map(|i| i.message(Lang::ZhCn))
        .collect();
    assert_eq!(
        messages,
        [
            "第 2 行 C 列（产品）: 商品库里没有“神秘新品”，已写进环节标题，导入后可再选择产品",
            "第 2 行 D 列（负责人）: “嘉宾”不是 主播/助播/场控/客服 之一，已写进备注",
            "第 3 行 A 列（时间段）: 时间段为空或时长为 0",
            "第 4 行 A 列（时间段）: “8点到9点”不是时间段，请写成 20:00-20:15 或分钟数（如 15）",
            "第 5 行 B 列（环节）: 看不出“聊天”是哪种环节，请包含 开场/讲解/互动/逼单/收尾/休息 之一，或填写产品",
            "第 7 行 A 列（时间段）: 时长 300 分钟，超过一个环节最多 240 分钟",
        ]
    );
    assert!(!result.is_importable());
    let first = &result.segments[0].1;
    assert_eq!(first.title, "开场 · 神秘新品");
    assert_eq!(first.notes, "嘉宾");
    let across_midnight = &result.segments[4].1;
    assert_eq!(across_midnight.planned_seconds, 15 * 60);
    assert_eq!(
        result.issues[0].message(Lang::En),
        "Row 2, column C (Product): no product named “神秘新品” in the catalogue; kept in the title, pick the product after the import"
    );
}

fn import_with_header_first(sheet: &Sheet) -> SheetImport {
    let map = ColumnMap::guess(&sheet.rows[0]);
    to_segments(sheet, &map, &catalogue(), &mut SequentialIds::new("seg"))
}

#[test]
fn only_warnings_still_import() {
    let result = import_with_header_first(&sheet(&[&["环节", "产品"], &["讲解", "神秘新品"]]));
    assert_eq!(result.issues.len(), 1);
    assert!(!result.issues[0].is_error());
    assert!(result.is_importable());
    assert_eq!(
        result.segments[0].1.planned_seconds, 900,
        "no slot column: 15 minutes"
    );
}

#[test]
fn a_mapping_without_segment_or_product_is_refused() {
    let s = sheet(&[&["时间段", "话术"], &["20:00-20:15", "欢迎"]]);
    let mut map = ColumnMap::guess(&s.rows[0]);
    assert_eq!(map.get(Field::Segment), None);
    let result = to_segments(&s, &map, &[], &mut SequentialIds::new("x"));
    assert_eq!(result.issues[0].kind, IssueKind::NothingMapped);
    assert!(!result.is_importable());
    map.set(Field::Segment, Some(1));
    map.set(Field::Lines, None);
    let result = to_segments(&s, &map, &[], &mut SequentialIds::new("x"));
    assert_eq!(
        result.issues[0].kind,
        IssueKind::UnknownSegment("欢迎".into())
    );
}

#[test]
fn too_long_cells_and_too_many_rows_are_errors() {
    let long = "长".repeat(201);
    let mut rows: Vec<Vec<String>> = vec![vec!["环节".into()], vec![long]];
    rows.extend((0..301).map(|_| vec!["讲解".to_string()]));
    let row_numbers = (1..=rows.len()).collect();
    let result = import_with_header_first(&Sheet { rows, row_numbers });
    assert_eq!(result.issues[0].kind, IssueKind::TooLong { max: 200 });
    assert_eq!(result.issues[0].row, 2);
    assert_eq!(result.segments.len(), 300);
    assert_eq!(
        result.issues.last().unwrap().kind,
        IssueKind::TooManySegments { max: 300 }
    );
}

#[cfg(feature = "xlsx")]
#[test]
fn the_xlsx_fixture_reads_as_the_csv_does() {
    let bytes = include_bytes!("fixtures/sheets/run-sheet.xlsx");
    let xlsx = livedesk_core::sheet::read_xlsx(bytes).unwrap();
    assert_eq!(
        xlsx.rows[2][9], "20:00",
        "a time cell reads as a time of day"
    );
    assert_eq!(
        xlsx.rows[2][0], "1",
        "a whole number without a decimal point"
    );
    let from_csv = import(&read_csv(CSV).unwrap());
    let from_xlsx = import(&xlsx);
    assert_eq!(from_xlsx, from_csv);
}

#[cfg(feature = "xlsx")]
#[test]
fn a_file_that_is_no_workbook_is_refused_with_a_reason() {
    let error = livedesk_core::sheet::read_xlsx(CSV.as_bytes()).unwrap_err();
    assert!(error
        .message(Lang::En)
        .starts_with("Not a readable Excel (.xlsx) workbook: "));
}
