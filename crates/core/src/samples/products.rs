//! The sample catalogue: a skincare brand's lineup in the three tiers.

use super::{pick, pick_all, Text};
use crate::model::{IdSource, Product, Tier};
use crate::Lang;

pub(super) struct ProductSpec {
    pub name: Text,
    pub sku: &'static str,
    pub category: Text,
    pub price: f64,
    pub live_price: f64,
    pub stock: u64,
    pub margin_rate: f64,
    pub coupon: Text,
    pub selling_points: &'static [Text],
    pub compliance_note: Text,
    pub tier: Tier,
    /// Units the plan expects to sell in one show.
    pub units_per_show: u64,
}

/// Ordinary cosmetics are filed (备案) rather than registered; say so without
/// inventing a number.
const FILED: Text = (
    "普通化妆品备案凭证、质检报告已存档",
    "Cosmetics filing record and quality report on file",
);

// Positions in `PRODUCTS`, for the lineup and the sample show.
pub(super) const CLEANSER: usize = 0;
pub(super) const MASKS: usize = 1;
pub(super) const SERUM: usize = 2;
pub(super) const CREAM: usize = 3;
pub(super) const SUNSCREEN: usize = 4;
pub(super) const GIFT_BOX: usize = 5;

/// The product each segment of the 2-hour beauty template sells in the sample
/// show: the cleanser is the opening flash sale, the masks the draw's sale.
pub(super) const BEAUTY_SHOW_PRODUCTS: [Option<usize>; 8] = [
    Some(CLEANSER),
    Some(SERUM),
    Some(CREAM),
    Some(MASKS),
    Some(SUNSCREEN),
    Some(GIFT_BOX),
    None,
    None,
];

pub(super) const PRODUCTS: [ProductSpec; 6] = [
    ProductSpec {
        name: (
            "氨基酸洁面旅行装 50ml",
            "Amino-acid cleanser, travel size 50 ml",
        ),
        sku: "SK-CL-050",
        category: ("护肤 / 洁面", "Skincare / cleanser"),
        price: 39.0,
        live_price: 9.9,
        stock: 5000,
        margin_rate: 0.12,
        coupon: (
            "开场秒杀 9.9 元，每人限购 1 件",
            "Opening flash sale at 9.9, one per person",
        ),
        selling_points: &[
            (
                "出差、健身包里放一支，洗完不紧绷",
                "Fits a gym or travel bag; skin feels soft, not tight, after washing",
            ),
            (
                "先用小支试肤感，喜欢再买正装",
                "Try the feel on a small tube before buying the full size",
            ),
        ],
        compliance_note: FILED,
        tier: Tier::TrafficDriver,
        units_per_show: 800,
    },
    ProductSpec {
        name: ("补水保湿面膜 5 片装", "Hydrating sheet masks, pack of 5"),
        sku: "SK-MK-005",
        category: ("护肤 / 面膜", "Skincare / masks"),
        price: 59.0,
        live_price: 29.9,
        stock: 3000,
        margin_rate: 0.30,
        coupon: (
            "抽奖环节第二轮秒杀，拍 2 盒再减 5 元",
            "Second flash sale during the draw; 5 off when buying 2",
        ),
        selling_points: &[
            (
                "熬夜、坐长途飞机后敷一片，脸不干",
                "One after a late night or a long flight and the face is not dry",
            ),
            (
                "一周敷两三次，一盒刚好半个月",
                "Two or three a week: one pack lasts about half a month",
            ),
            (
                "独立包装，放进行李箱不占地方",
                "Individually wrapped, takes no room in a suitcase",
            ),
        ],
        compliance_note: FILED,
        tier: Tier::TrafficDriver,
        units_per_show: 400,
    },
    ProductSpec {
        name: ("玻尿酸保湿精华 30ml", "Hyaluronic hydrating serum 30 ml"),
        sku: "SK-SR-030",
        category: ("护肤 / 精华", "Skincare / serum"),
        price: 299.0,
        live_price: 219.0,
        stock: 1500,
        margin_rate: 0.62,
        coupon: (
            "满 200 减 20 直播间专享券",
            "Live-room coupon: 20 off orders over 200",
        ),
        selling_points: &[
            (
                "空调房坐一整天，下午脸也不紧绷",
                "A whole day in an air-conditioned office, still no tightness by afternoon",
            ),
            (
                "熬夜后早上用，上妆不卡粉",
                "After a late night, make-up still goes on smoothly in the morning",
            ),
            (
                "质地清爽，夏天用也不黏",
                "Light texture that stays non-sticky even in summer",
            ),
        ],
        compliance_note: FILED,
        tier: Tier::Profit,
        units_per_show: 150,
    },
    ProductSpec {
        name: ("修护面霜 50g", "Barrier repair cream 50 g"),
        sku: "SK-CR-050",
        category: ("护肤 / 面霜", "Skincare / cream"),
        price: 269.0,
        live_price: 199.0,
        stock: 1200,
        margin_rate: 0.58,
        coupon: ("拍 2 件送同款旅行装", "Buy 2, get a travel-size jar free"),
        selling_points: &[
            (
                "换季脸干起皮时，晚上厚涂一层当睡眠面膜",
                "When the season turns and skin flakes, a thick layer at night works as a sleeping mask",
            ),
            (
                "早上薄涂打底，上妆不搓泥",
                "A thin layer in the morning under make-up, no pilling",
            ),
        ],
        compliance_note: FILED,
        tier: Tier::Profit,
        units_per_show: 120,
    },
    ProductSpec {
        name: ("清透防晒乳 SPF50+ 50ml", "Sheer sunscreen SPF50+ 50 ml"),
        sku: "SK-SS-050",
        category: ("护肤 / 防晒", "Skincare / sun care"),
        price: 159.0,
        live_price: 119.0,
        stock: 2000,
        margin_rate: 0.55,
        coupon: (
            "限时拼团价，3 人成团",
            "Time-limited group deal for teams of 3",
        ),
        selling_points: &[
            (
                "通勤路上、周末带娃出门都能用，不泛白",
                "For the commute or a weekend out with the kids, no white cast",
            ),
            (
                "可以直接当妆前乳，早上省一步",
                "Doubles as a make-up primer: one step less in the morning",
            ),
        ],
        // Sunscreens are special-use cosmetics in China: registered, not filed.
        compliance_note: (
            "特殊化妆品注册证、防晒检测报告已存档",
            "Special-use cosmetics registration and SPF test report on file",
        ),
        tier: Tier::Profit,
        units_per_show: 200,
    },
    ProductSpec {
        name: (
            "插画师联名限定礼盒",
            "Illustrator co-branded limited gift box",
        ),
        sku: "SK-GB-LTD",
        category: ("护肤 / 礼盒", "Skincare / gift sets"),
        price: 699.0,
        live_price: 499.0,
        stock: 300,
        margin_rate: 0.48,
        coupon: (
            "下单送定制贺卡和礼袋",
            "Free custom greeting card and gift bag",
        ),
        selling_points: &[
            (
                "生日、纪念日送朋友，一打开就有惊喜",
                "A birthday or anniversary gift that impresses the moment it opens",
            ),
            (
                "联名插画限量编号，卖完不再做",
                "Numbered co-branded artwork: no reprint once sold out",
            ),
            (
                "内含正装精华和面霜，比分开买划算",
                "Holds the full-size serum and cream, for less than buying both",
            ),
        ],
        compliance_note: (
            "盒内各单品备案凭证已存档；联名授权书已存档",
            "Filing records of every item inside and the co-branding licence on file",
        ),
        tier: Tier::Strategic,
        units_per_show: 30,
    },
];

/// The sample products, in the order of [`PRODUCTS`].
pub(super) fn catalogue(lang: Lang, ids: &mut dyn IdSource) -> Vec<Product> {
    PRODUCTS
        .iter()
        .map(|spec| Product {
            id: ids.next_id(),
            name: pick(lang, spec.name),
            sku: spec.sku.to_owned(),
            category: pick(lang, spec.category),
            price: spec.price,
            live_price: spec.live_price,
            stock: spec.stock,
            margin_rate: spec.margin_rate,
            coupon: pick(lang, spec.coupon),
            selling_points: pick_all(lang, spec.selling_points),
            compliance_note: pick(lang, spec.compliance_note),
        })
        .collect()
}
