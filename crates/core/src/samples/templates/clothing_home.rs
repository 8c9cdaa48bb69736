//! The 90-minute clothing show and the 60-minute home-goods show.

use super::{SegmentSpec, TemplateSpec, CLOSE_AT, EXPLAIN_UNTIL, NODE, PRODUCT_CUES};
use crate::model::CueKind::{CloseSale, Explain, Interact, Offer, Other};
use crate::model::{InteractionKind, Role, SegmentKind};

const NO_NOTES: (&str, &str) = ("", "");

pub(super) const CLOTHING: TemplateSpec = TemplateSpec {
    name: (
        "服装穿搭 · 90 分钟场",
        "Clothing & outfits · 90-minute show",
    ),
    description: (
        "6 个 15 分钟节点：基础款秒杀开场 → 两套搭配上身讲解 → 投票互动 → 返场逼单 → 收尾。",
        "Six 15-minute nodes: a basics flash sale to open → two outfits tried on and explained → a poll → encore and close → wrap-up.",
    ),
    segments: &[
        SegmentSpec {
            kind: SegmentKind::Opening,
            title: (
                "开场：基础款秒杀 + 选码说明",
                "Opening: basics flash sale + how to pick a size",
            ),
            seconds: NODE,
            interaction: None,
            selling_points: &[(
                "百搭基础款，一件配一周",
                "A basic that goes with a whole week of outfits",
            )],
            lines: &[
                (
                    "欢迎来到直播间！主播身高 165、体重 50 公斤，穿 M 码，大家对照选码。",
                    "Welcome! I'm 165 cm and 50 kg and wear a medium: compare to pick your size.",
                ),
                (
                    "开场福利：基础款秒杀，3、2、1 上链接！",
                    "Opening perk: basics flash sale, 3, 2, 1, link up!",
                ),
            ],
            offer: ("基础款秒杀价", "Flash-sale price on a basic"),
            owner: Role::Anchor,
            notes: NO_NOTES,
            cues: &[
                (
                    0,
                    Other,
                    ("打招呼 + 报身高体重", "Greet + give height and weight"),
                ),
                (120, Offer, ("秒杀倒计时", "Flash-sale countdown")),
                (
                    480,
                    Explain,
                    ("预告今天的两套搭配", "Preview today's two outfits"),
                ),
            ],
        },
        SegmentSpec {
            kind: SegmentKind::ProductExplanation,
            title: (
                "通勤搭配：上身展示 → 选码 → 断码逼单",
                "Work outfit: try-on → sizing → last sizes",
            ),
            seconds: NODE,
            interaction: Some(InteractionKind::QAndA),
            selling_points: &[
                (
                    "早上开会、晚上约饭，一套就够",
                    "From the morning meeting to dinner in one outfit",
                ),
                (
                    "面料抗皱，坐一天也不起褶",
                    "Crease-resistant: no wrinkles after a day at the desk",
                ),
            ],
            lines: &[
                (
                    "我转一圈，大家看版型，腰线在这里。",
                    "Let me turn around so you can see the cut; the waist sits here.",
                ),
                (
                    "报一下身高体重，我帮你选码。",
                    "Tell me your height and weight and I'll pick your size.",
                ),
                (
                    "这个颜色 M 码只剩最后几件了。",
                    "Only a few mediums left in this colour.",
                ),
            ],
            offer: ("整套购买立减", "Discount for buying the whole look"),
            owner: Role::Anchor,
            notes: NO_NOTES,
            cues: &[
                (
                    0,
                    Explain,
                    ("上身展示，转身看版型", "Try-on, turn to show the cut"),
                ),
                (240, Explain, ("近景看面料", "Close-up of the fabric")),
                (
                    EXPLAIN_UNTIL,
                    Interact,
                    ("报身高体重帮选码", "Size advice from height and weight"),
                ),
                (CLOSE_AT, CloseSale, ("断码倒计时", "Sizes running out")),
            ],
        },
        SegmentSpec {
            kind: SegmentKind::Interaction,
            title: (
                "互动：投票选下一套",
                "Interaction: vote for the next outfit",
            ),
            seconds: NODE,
            interaction: Some(InteractionKind::Vote),
            selling_points: &[],
            lines: &[
                (
                    "下一套穿休闲风还是约会风？评论区投票。",
                    "Casual or date-night next? Vote in the comments.",
                ),
                (
                    "点赞到目标，再抽 3 位送基础款。",
                    "Hit the like goal and we draw 3 winners of a basic.",
                ),
            ],
            offer: ("点赞抽奖送基础款", "Like-goal draw for a basic"),
            owner: Role::AssistantHost,
            notes: NO_NOTES,
            cues: &[
                (0, Interact, ("发起投票", "Start the poll")),
                (
                    300,
                    Interact,
                    ("公布结果 + 抽奖", "Announce the result + draw"),
                ),
                (600, Offer, ("基础款返场", "Basics encore")),
            ],
        },
        SegmentSpec {
            kind: SegmentKind::ProductExplanation,
            title: (
                "周末休闲搭配：上身 → 答疑 → 逼单",
                "Weekend casual look: try-on → Q&A → close",
            ),
            seconds: NODE,
            interaction: Some(InteractionKind::QAndA),
            selling_points: &[
                (
                    "配运动鞋、配乐福鞋都好看",
                    "Works with trainers or with loafers",
                ),
                (
                    "可以机洗，洗完不变形",
                    "Machine-washable and keeps its shape",
                ),
            ],
            lines: &[
                (
                    "同一条裤子，我换两双鞋给大家看效果。",
                    "Same trousers, two pairs of shoes: see the difference.",
                ),
                (
                    "有问题直接问，尺码、颜色都可以。",
                    "Ask me anything: sizes, colours.",
                ),
                (
                    "限时价就这十分钟。",
                    "The time-limited price lasts ten minutes.",
                ),
            ],
            offer: ("限时直播价", "Time-limited live price"),
            owner: Role::Anchor,
            notes: NO_NOTES,
            cues: PRODUCT_CUES,
        },
        SegmentSpec {
            kind: SegmentKind::ClosingSale,
            title: (
                "逼单：返场 + 搭配购",
                "Closing the sale: encore + buy the look",
            ),
            seconds: NODE,
            interaction: None,
            selling_points: &[],
            lines: &[
                (
                    "今天所有款最后返场一次，整套买更划算。",
                    "Every piece back one last time: the whole look costs less.",
                ),
                (
                    "助播报一下各码库存。",
                    "My assistant will call out what's left in each size.",
                ),
            ],
            offer: ("搭配购满减", "Buy-the-look discount"),
            owner: Role::Anchor,
            notes: NO_NOTES,
            cues: &[
                (0, Offer, ("返场上链接", "Encore links up")),
                (480, CloseSale, ("报库存倒计时", "Stock countdown")),
            ],
        },
        SegmentSpec {
            kind: SegmentKind::WrapUp,
            title: (
                "收尾：售后说明 + 下场预告",
                "Wrap-up: returns info + next show preview",
            ),
            seconds: NODE,
            interaction: None,
            selling_points: &[],
            lines: &[
                (
                    "尺码不合适支持七天无理由退换，放心拍。",
                    "Wrong size? Returns within seven days, no reason needed.",
                ),
                (
                    "下一场上新，现在点预约。",
                    "New arrivals next show: book it now.",
                ),
            ],
            offer: ("预约下一场送券", "Coupon for booking the next show"),
            owner: Role::Anchor,
            notes: NO_NOTES,
            cues: &[
                (
                    0,
                    Other,
                    ("提醒付款 + 退换说明", "Payment reminder + returns"),
                ),
                (
                    300,
                    Offer,
                    ("下场预告 + 预约", "Next-show preview + booking"),
                ),
            ],
        },
    ],
};

pub(super) const HOME: TemplateSpec = TemplateSpec {
    name: ("家居好物 · 60 分钟场", "Home goods · 60-minute show"),
    description: (
        "4 个 15 分钟节点：引流款秒杀开场 → 厨房好物现场演示 → 收纳前后对比 → 返场和预告。",
        "Four 15-minute nodes: a traffic-driver flash sale to open → a kitchen item demonstrated live → storage before and after → encore and preview.",
    ),
    segments: &[
        SegmentSpec {
            kind: SegmentKind::Opening,
            title: (
                "开场：欢迎 + 引流款秒杀",
                "Opening: welcome + traffic-driver flash sale",
            ),
            seconds: NODE,
            interaction: Some(InteractionKind::LikeGoal),
            selling_points: &[("家家都用得上的小物件", "A small thing every home uses")],
            lines: &[
                (
                    "欢迎来到家居好物专场！关注领券，马上秒杀。",
                    "Welcome to the home goods special! Follow for a coupon; the flash sale starts now.",
                ),
                (
                    "点赞到目标，再开一轮秒杀。",
                    "Hit the like goal and we open another round.",
                ),
            ],
            offer: ("引流款秒杀价", "Flash-sale price on the traffic driver"),
            owner: Role::Anchor,
            notes: NO_NOTES,
            cues: &[
                (0, Other, ("打招呼 + 点明主题", "Greet + name the theme")),
                (120, Offer, ("秒杀倒计时", "Flash-sale countdown")),
                (600, Interact, ("点赞目标", "Like goal")),
            ],
        },
        SegmentSpec {
            kind: SegmentKind::ProductExplanation,
            title: (
                "厨房好物：现场演示 → 答疑 → 逼单",
                "Kitchen item: live demo → Q&A → close",
            ),
            seconds: NODE,
            interaction: Some(InteractionKind::QAndA),
            selling_points: &[
                (
                    "十分钟做好早餐，洗起来也快",
                    "Breakfast in ten minutes, and quick to wash up",
                ),
                ("小厨房台面也放得下", "Fits a small kitchen counter"),
            ],
            lines: &[
                (
                    "我现场做一份早餐，大家看要多久。",
                    "I'll make breakfast right now: watch how long it takes.",
                ),
                (
                    "家里厨房小的宝宝说一下，我告诉你放哪里。",
                    "Small kitchen? Tell me and I'll show you where it fits.",
                ),
                (
                    "限时价只有这一轮。",
                    "The time-limited price is for this round only.",
                ),
            ],
            offer: ("限时直播价", "Time-limited live price"),
            owner: Role::Anchor,
            notes: NO_NOTES,
            cues: PRODUCT_CUES,
        },
        SegmentSpec {
            kind: SegmentKind::ProductExplanation,
            title: (
                "收纳好物：前后对比 → 点赞加赠 → 逼单",
                "Storage: before and after → like goal → close",
            ),
            seconds: NODE,
            interaction: Some(InteractionKind::LikeGoal),
            selling_points: &[
                (
                    "衣柜乱、玄关堆鞋，一套收整齐",
                    "A messy wardrobe or a pile of shoes by the door, tidied in one set",
                ),
                ("可叠放，搬家也方便", "Stackable, easy to move house with"),
            ],
            lines: &[
                (
                    "先看收纳前的样子，再看收纳后。",
                    "Here's before, and here's after.",
                ),
                (
                    "点赞到目标，每单加送一个小号。",
                    "Hit the like goal and every order gets a small one free.",
                ),
                (
                    "库存不多，拍完今天就不补了。",
                    "Stock is low and won't be topped up today.",
                ),
            ],
            offer: ("点赞达标加赠", "Free extra when the like goal is hit"),
            owner: Role::Anchor,
            notes: NO_NOTES,
            cues: &[
                (0, Explain, ("收纳前后对比", "Before and after")),
                (
                    EXPLAIN_UNTIL,
                    Interact,
                    ("点赞目标加赠", "Like goal for a free extra"),
                ),
                (CLOSE_AT, CloseSale, ("库存倒计时", "Stock countdown")),
            ],
        },
        SegmentSpec {
            kind: SegmentKind::WrapUp,
            title: (
                "收尾：返场 + 下场预告",
                "Wrap-up: encore + next show preview",
            ),
            seconds: NODE,
            interaction: None,
            selling_points: &[],
            lines: &[
                ("今天的好物最后返场一次。", "Today's picks, one last time."),
                (
                    "下一场的主题现在就能预约，开播提醒你。",
                    "Book the next show now and we'll remind you when it starts.",
                ),
            ],
            offer: ("返场价", "Encore prices"),
            owner: Role::Anchor,
            notes: NO_NOTES,
            cues: &[
                (0, CloseSale, ("返场逼单", "Encore and close")),
                (
                    420,
                    Offer,
                    ("下场预告 + 预约", "Next-show preview + booking"),
                ),
                (780, Other, ("感谢 + 下播", "Thanks + sign off")),
            ],
        },
    ],
};
