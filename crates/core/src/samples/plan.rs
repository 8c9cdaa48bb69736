//! The sample operations plan: a Douyin channel from preparation to its
//! first shopping-festival sprint.

use chrono::NaiveDate;

use super::products::PRODUCTS;
use super::{pick, Text};
use crate::model::{
    BudgetCategory, BudgetLine, ChecklistCategory, ChecklistItem, Emergency, EmergencyPlan,
    IdSource, LineupItem, Plan, Platform, Product, Risk, RiskCategory, Role, Targets, TeamMember,
};
use crate::Lang;

pub(super) fn douyin_plan(
    lang: Lang,
    today: NaiveDate,
    ids: &mut dyn IdSource,
    products: &[Product],
) -> Plan {
    let t = |text: Text| pick(lang, text);
    let id = ids.next_id();
    let phases = super::phases::phases(lang, today, ids);

    let team = [
        (("林悦", "Lin Yue"), Role::Anchor),
        (("周小满", "Zhou Xiaoman"), Role::AssistantHost),
        (("陈凯", "Chen Kai"), Role::FloorControl),
        (("王婷", "Wang Ting"), Role::CustomerService),
    ]
    .into_iter()
    .map(|(name, role)| TeamMember {
        id: ids.next_id(),
        name: t(name),
        role,
        contact: String::new(),
    })
    .collect();

    let lineup = PRODUCTS
        .iter()
        .zip(products)
        .map(|(spec, product)| LineupItem {
            product_id: product.id.clone(),
            tier: spec.tier,
            expected_units_per_show: spec.units_per_show,
        })
        .collect();

    let checklist = starter_checklist(lang, ids);

    use RiskCategory as R;
    let risks = [
        (
            R::Stock,
            ("场控 陈凯", "Chen Kai, floor control"),
            (
                "9.9 秒杀超卖，或礼盒备货过多卖不完",
                "Flash sale oversells, or too many gift boxes left unsold",
            ),
            (
                "秒杀分轮放量、每人限购；库存低于 20% 预警；礼盒按预约量备货",
                "Release flash-sale stock in rounds with a per-person limit; alert below 20 % stock; size the gift-box order to bookings",
            ),
        ),
        (
            R::Logistics,
            ("客服 王婷", "Wang Ting, customer service"),
            (
                "大促期间快递延误，发货慢引起投诉",
                "Courier delays during big sales; slow shipping brings complaints",
            ),
            (
                "提前和仓库确认 48 小时发货，备一家备用快递；直播间如实说明发货时间",
                "Agree 48-hour dispatch with the warehouse and keep a second courier; state shipping times honestly on air",
            ),
        ),
        (
            R::PublicOpinion,
            ("客服 王婷", "Wang Ting, customer service"),
            (
                "评论区出现过敏、差评或恶意带节奏",
                "Comments about skin reactions, bad reviews or deliberate pile-ons",
            ),
            (
                "客服按统一口径回复并转私信处理；提醒先在耳后试用；问题记入售后",
                "Customer service answers with agreed wording and moves it to private messages; advise a patch test; log it as after-sales",
            ),
        ),
        (
            R::Policy,
            ("场控 陈凯", "Chen Kai, floor control"),
            (
                "话术出现功效夸大、极限词或医疗用语，违反平台规则",
                "Lines that overstate effects or use absolute or medical claims, against platform rules",
            ),
            (
                "开播前按违禁词清单审脚本；功效只讲已备案的内容",
                "Check the script against the banned-word list before each show; claim only the filed effects",
            ),
        ),
    ]
    .into_iter()
    .map(|(category, owner, description, mitigation)| Risk {
        id: ids.next_id(),
        category,
        description: t(description),
        owner: t(owner),
        mitigation: t(mitigation),
    })
    .collect();

    let emergency_plans = starter_emergency_plans(lang, ids);

    use BudgetCategory as B;
    let budget = [
        (
            B::People,
            60_000.0,
            ("主播及团队薪资", "Anchor and team salaries"),
        ),
        (B::People, 5_000.0, ("主播培训", "Anchor training")),
        (
            B::Equipment,
            25_000.0,
            (
                "摄像头、灯光、麦克风采购",
                "Camera, lights and microphones (bought)",
            ),
        ),
        (
            B::Equipment,
            3_000.0,
            ("备用设备租赁", "Backup equipment rental"),
        ),
        (
            B::Traffic,
            20_000.0,
            ("预热短视频制作", "Warm-up short videos"),
        ),
        (
            B::Traffic,
            30_000.0,
            ("达人合作", "Influencer collaborations"),
        ),
        (B::Traffic, 150_000.0, ("付费推广", "Paid promotion")),
        (
            B::Marketing,
            80_000.0,
            ("优惠券和赠品", "Coupons and gifts"),
        ),
        (
            B::Marketing,
            40_000.0,
            ("仓储和物流", "Warehousing and shipping"),
        ),
    ]
    .into_iter()
    .map(|(category, planned, item)| BudgetLine {
        id: ids.next_id(),
        category,
        item: t(item),
        planned,
        spent: 0.0,
    })
    .collect();

    Plan {
        id,
        name: t((
            "抖音直播运营计划（示例）",
            "Douyin live operations plan (sample)",
        )),
        platform: Platform::Douyin,
        targets: Targets {
            monthly_gmv: Some(5_000_000.0),
            followers: Some(100_000),
            avg_viewers_per_show: Some(50_000),
            click_through_rate: Some(0.05),
            conversion_rate: Some(0.03),
            average_order_value: Some(200.0),
            favourability: Some(0.80),
        },
        phases,
        themes: [
            ("美妆护肤日", "Beauty & skincare day"),
            ("居家好物专场", "Home goods special"),
            ("新品首发", "New launch"),
            ("限时折扣夜", "Limited-time discount night"),
        ]
        .into_iter()
        .map(t)
        .collect(),
        team,
        lineup,
        checklist,
        risks,
        emergency_plans,
        budget,
        notes: t((
            "这是示例计划，数字和人名都可以直接改，不需要时删除即可。",
            "A sample plan: change any figure or name, or delete it when you no longer need it.",
        )),
    }
}

/// The pre-show checklist every new plan starts with: team, equipment,
/// stock, coupons, and the warm-up three days before.
pub(super) fn starter_checklist(lang: Lang, ids: &mut dyn IdSource) -> Vec<ChecklistItem> {
    let t = |text: Text| pick(lang, text);
    use ChecklistCategory as C;
    [
        (
            C::Team,
            1,
            (
                "确认主播、助播、场控、客服的分工和到岗时间",
                "Confirm who anchors, assists, runs the floor and answers comments, and when each arrives",
            ),
        ),
        (
            C::Team,
            1,
            (
                "主播对照脚本彩排一遍，熟悉每款卖点和价格",
                "Anchor rehearses the script once and knows every selling point and price",
            ),
        ),
        (
            C::Equipment,
            1,
            (
                "摄像头：机位、对焦、画面清晰度",
                "Camera: position, focus, picture sharpness",
            ),
        ),
        (
            C::Equipment,
            1,
            (
                "麦克风：音量、杂音、电量",
                "Microphone: level, background noise, battery",
            ),
        ),
        (
            C::Equipment,
            1,
            (
                "灯光：补光均匀，肤色不偏",
                "Lights: even fill, true skin tones",
            ),
        ),
        (
            C::Equipment,
            0,
            ("网络：测速，上行稳定", "Network: speed test, steady upload"),
        ),
        (
            C::Equipment,
            0,
            (
                "备用设备：手机充满电、已登录直播账号",
                "Backup device: phone charged and logged in to the live account",
            ),
        ),
        (
            C::Stock,
            1,
            (
                "核对每款库存和商品链接，设好库存预警",
                "Check stock and product links for every item; set stock alerts",
            ),
        ),
        (
            C::Coupons,
            1,
            (
                "优惠券、秒杀价、抽奖赠品已配置并试领",
                "Coupons, flash-sale prices and draw prizes set up and test-claimed",
            ),
        ),
        (
            C::WarmUp,
            3,
            (
                "发布预热短视频，开启直播预约",
                "Post warm-up short videos and open show booking",
            ),
        ),
        (
            C::WarmUp,
            3,
            (
                "社群和公众号发开播预告",
                "Announce the show in community groups and the official account",
            ),
        ),
    ]
    .into_iter()
    .map(|(category, days_before, text)| ChecklistItem {
        id: ids.next_id(),
        category,
        text: t(text),
        days_before,
    })
    .collect()
}

/// What to do when a show goes wrong, which every new plan starts with.
pub(super) fn starter_emergency_plans(lang: Lang, ids: &mut dyn IdSource) -> Vec<EmergencyPlan> {
    let t = |text: Text| pick(lang, text);
    use Emergency as E;
    [
        (
            E::NetworkDrop,
            Role::AssistantHost,
            (
                "助播马上用备用手机开播，场控在粉丝群通知大家回到直播间",
                "The assistant host goes live at once on the backup phone; floor control tells the fan group to come back",
            ),
        ),
        (
            E::HostileComments,
            Role::FloorControl,
            (
                "场控禁言、删除恶意评论；主播不争辩，转到下一个话题或福利",
                "Floor control mutes the account and removes the comments; the anchor does not argue and moves to the next topic or perk",
            ),
        ),
        (
            E::MisspokenPrice,
            Role::AssistantHost,
            (
                "主播当场更正价格并道歉，助播加发一张优惠券补偿",
                "The anchor corrects the price on air and apologises; the assistant host adds a coupon to make up for it",
            ),
        ),
        (
            E::AnchorUnwell,
            Role::AssistantHost,
            (
                "助播接手主讲，场控把脚本改为返场和抽奖为主",
                "The assistant host takes over; floor control switches the script to encores and draws",
            ),
        ),
        (
            E::EquipmentFailure,
            Role::FloorControl,
            (
                "场控切换备用摄像头或麦克风，助播用抽奖稳住观众",
                "Floor control switches to the spare camera or microphone; the assistant host holds the room with a draw",
            ),
        ),
        (
            E::StockOut,
            Role::FloorControl,
            (
                "下架链接并如实告知，开放补货预约，切换到下一款",
                "Take the link down, say so honestly, open restock booking and move to the next product",
            ),
        ),
    ]
    .into_iter()
    .map(|(situation, owner, action)| EmergencyPlan {
        id: ids.next_id(),
        situation,
        action: t(action),
        owner: Some(owner),
    })
    .collect()
}
