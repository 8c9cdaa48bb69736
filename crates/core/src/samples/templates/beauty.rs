//! The 2-hour beauty & skincare show: eight 15-minute nodes. A flash sale
//! in the first 5 minutes, then explain → interact → close for each product,
//! a lucky draw in the middle, a last encore and the next show's preview.

use super::{SegmentSpec, TemplateSpec, CLOSE_AT, EXPLAIN_UNTIL, NODE};
use crate::model::CueKind::{CloseSale, Explain, Interact, Offer, Other};
use crate::model::{InteractionKind, Role, SegmentKind};

const NO_NOTES: (&str, &str) = ("", "");

pub(super) const BEAUTY: TemplateSpec = TemplateSpec {
    name: ("美妆护肤 · 2 小时标准场", "Beauty & skincare · 2-hour show"),
    description: (
        "8 个 15 分钟节点：开场 5 分钟内秒杀 → 每款产品讲解不超过 8 分钟、随即逼单 → 中场抽奖 → 返场和下场预告。",
        "Eight 15-minute nodes: a flash sale within the first 5 minutes → each product explained in under 8 minutes and closed at once → a lucky draw mid-show → encore and next-show preview.",
    ),
    segments: &[
        SegmentSpec {
            kind: SegmentKind::Opening,
            title: (
                "开场：欢迎、今日福利、引流款秒杀",
                "Opening: welcome, today's perks, traffic-driver flash sale",
            ),
            seconds: NODE,
            interaction: Some(InteractionKind::LikeGoal),
            selling_points: &[(
                "小支装低价尝鲜，合适再买正装",
                "A small size at a low price: try it before the full size",
            )],
            lines: &[
                (
                    "欢迎来到直播间！今天是美妆护肤日，先点关注，关注就能领专属券。",
                    "Welcome in! It's beauty & skincare day: tap follow first, followers get their own coupon.",
                ),
                (
                    "今天的福利先说清楚：开场秒杀、中场抽奖、满额送小样。",
                    "Today's perks up front: an opening flash sale, a draw mid-show and free samples over a spend.",
                ),
                (
                    "秒杀倒计时，3、2、1，上链接！每人限购一件，抢完就没有了。",
                    "Flash-sale countdown: 3, 2, 1, link is up! One per person; when it's gone, it's gone.",
                ),
            ],
            offer: (
                "引流款秒杀价 + 关注券",
                "Flash-sale price on the traffic driver + follower coupon",
            ),
            owner: Role::Anchor,
            notes: (
                "前 5 分钟进人最多，秒杀链接必须在 5 分钟内上架。",
                "The first 5 minutes bring the most viewers: the flash-sale link goes up within them.",
            ),
            cues: &[
                (0, Other, ("打招呼 + 点明主题", "Greet + name the theme")),
                (60, Offer, ("引导关注领券", "Follow for the coupon")),
                (
                    120,
                    Offer,
                    ("秒杀倒计时，上链接", "Flash-sale countdown, link up"),
                ),
                (
                    300,
                    Explain,
                    (
                        "预告今天的产品顺序和福利",
                        "Preview today's products and perks",
                    ),
                ),
                (
                    600,
                    Interact,
                    (
                        "点赞到目标解锁下一轮福利",
                        "Like goal unlocks the next perk",
                    ),
                ),
            ],
        },
        SegmentSpec {
            kind: SegmentKind::ProductExplanation,
            title: (
                "精华：上脸演示 → 答疑 → 逼单",
                "Serum: demo on skin → Q&A → close",
            ),
            seconds: NODE,
            interaction: Some(InteractionKind::QAndA),
            selling_points: &[
                (
                    "空调房坐一整天也不紧绷",
                    "A whole day in air conditioning without tightness",
                ),
                (
                    "熬夜后第二天上妆不卡粉",
                    "Make-up goes on smoothly after a late night",
                ),
                ("质地清爽，夏天也能用", "Light enough for summer"),
            ],
            lines: &[
                (
                    "我直接涂在手背上，大家看吸收得多快。",
                    "I'll put some on the back of my hand: watch how fast it sinks in.",
                ),
                (
                    "评论区说说你的肤质，我一个一个回。",
                    "Tell me your skin type in the comments and I'll answer each of you.",
                ),
                (
                    "直播间专享价只有这一轮，库存不多了，倒计时开始。",
                    "The live-room price is for this round only and stock is low: countdown starts now.",
                ),
            ],
            offer: (
                "直播间专享价 + 满减券",
                "Live-room price + spend-and-save coupon",
            ),
            owner: Role::Anchor,
            notes: NO_NOTES,
            cues: &[
                (0, Explain, ("上脸演示", "Demo on skin")),
                (
                    240,
                    Explain,
                    (
                        "讲使用场景和买家反馈",
                        "Moments of use and buyers' feedback",
                    ),
                ),
                (EXPLAIN_UNTIL, Interact, ("评论区答疑", "Q&A from comments")),
                (
                    CLOSE_AT,
                    CloseSale,
                    ("限量倒计时", "Limited stock countdown"),
                ),
            ],
        },
        SegmentSpec {
            kind: SegmentKind::ProductExplanation,
            title: (
                "面霜：对比实验 → 晒单 → 逼单",
                "Cream: side-by-side test → buyers speak → close",
            ),
            seconds: NODE,
            interaction: Some(InteractionKind::QAndA),
            selling_points: &[
                (
                    "换季干燥起皮时，晚上厚涂当睡眠面膜",
                    "When the season dries skin out, a thick layer at night as a sleeping mask",
                ),
                (
                    "早上薄涂打底，上妆不搓泥",
                    "A thin layer under make-up, no pilling",
                ),
            ],
            lines: &[
                (
                    "左手涂面霜，右手不涂，十分钟后我们对比一下。",
                    "Cream on my left hand, nothing on the right: we compare them in ten minutes.",
                ),
                (
                    "用过的宝宝在评论区扣 1，说说你的感受。",
                    "If you've used it, type 1 and tell everyone how it felt.",
                ),
                (
                    "拍两件送旅行装，只有这几分钟。",
                    "Buy two and get a travel size free, for these few minutes only.",
                ),
            ],
            offer: ("拍二赠旅行装", "Buy 2, get a travel size free"),
            owner: Role::Anchor,
            notes: NO_NOTES,
            cues: &[
                (0, Explain, ("对比实验", "Side-by-side test")),
                (
                    EXPLAIN_UNTIL,
                    Interact,
                    (
                        "用过的扣 1，念买家评价",
                        "Type 1 if you've used it; read buyers' reviews",
                    ),
                ),
                (
                    CLOSE_AT,
                    CloseSale,
                    ("拍二赠品倒计时", "Buy-2 offer countdown"),
                ),
            ],
        },
        SegmentSpec {
            kind: SegmentKind::Interaction,
            title: (
                "互动：点赞抽奖 + 面膜秒杀",
                "Interaction: like-goal draw + sheet-mask flash sale",
            ),
            seconds: NODE,
            interaction: Some(InteractionKind::LuckyDraw),
            selling_points: &[(
                "熬夜、出差后敷一片，一盒用半个月",
                "One after a late night or a trip; a pack lasts half a month",
            )],
            lines: &[
                (
                    "点赞到目标我们就开奖，抽 5 位送正装面霜！",
                    "When likes hit the goal we draw 5 winners of a full-size cream!",
                ),
                (
                    "参与方式：关注主播，评论区打“护肤日”。",
                    "To enter: follow us and comment \"skincare day\".",
                ),
                (
                    "中奖的宝宝联系客服登记地址，我们三天内寄出。",
                    "Winners, send customer service your address; prizes ship within three days.",
                ),
            ],
            offer: (
                "抽奖送正装 + 面膜第二轮秒杀",
                "Full-size prizes + a second flash sale on sheet masks",
            ),
            owner: Role::AssistantHost,
            notes: (
                "抽奖规则提前置顶在公屏，奖品按平台规则公示。",
                "Pin the draw rules on screen beforehand and show the prizes as platform rules require.",
            ),
            cues: &[
                (
                    0,
                    Interact,
                    (
                        "公布点赞目标和参与方式",
                        "Announce the like goal and how to enter",
                    ),
                ),
                (
                    300,
                    Offer,
                    ("面膜秒杀上链接", "Sheet-mask flash sale, link up"),
                ),
                (
                    600,
                    Interact,
                    ("开奖，念中奖名单", "Draw and read out the winners"),
                ),
            ],
        },
        SegmentSpec {
            kind: SegmentKind::ProductExplanation,
            title: (
                "防晒：涂抹演示 → 答疑 → 拼团",
                "Sunscreen: application demo → Q&A → group deal",
            ),
            seconds: NODE,
            interaction: Some(InteractionKind::QAndA),
            selling_points: &[
                (
                    "通勤、带娃出门都能用，不泛白",
                    "For the commute or a day out with the kids, no white cast",
                ),
                (
                    "可以直接当妆前乳，早上省一步",
                    "Doubles as a primer: one step less in the morning",
                ),
            ],
            lines: &[
                (
                    "我涂在深色卡纸上，大家看是不是一点都不白。",
                    "On a dark card you can see it: no white at all.",
                ),
                (
                    "经常在户外的宝宝说一下，我教你怎么补涂。",
                    "If you're outdoors a lot, say so and I'll show you how to reapply.",
                ),
                (
                    "拼团价就这一轮，三人成团，叫上朋友一起拍。",
                    "The group price is for this round only: team up with two friends.",
                ),
            ],
            offer: ("限时拼团价", "Time-limited group deal"),
            owner: Role::Anchor,
            notes: NO_NOTES,
            cues: &[
                (
                    0,
                    Explain,
                    ("涂抹演示，不泛白", "Application demo: no white cast"),
                ),
                (
                    EXPLAIN_UNTIL,
                    Interact,
                    ("答疑：怎么补涂", "Q&A: how to reapply"),
                ),
                (CLOSE_AT, CloseSale, ("拼团倒计时", "Group-deal countdown")),
            ],
        },
        SegmentSpec {
            kind: SegmentKind::ProductExplanation,
            title: (
                "联名礼盒：开箱 → 投票 → 限量",
                "Co-branded gift box: unboxing → poll → limited stock",
            ),
            seconds: NODE,
            interaction: Some(InteractionKind::Vote),
            selling_points: &[
                (
                    "生日、纪念日送人，一打开就有惊喜",
                    "A birthday or anniversary gift that impresses when opened",
                ),
                (
                    "联名插画限量编号，卖完不再做",
                    "Numbered co-branded artwork, never reprinted",
                ),
            ],
            lines: &[
                (
                    "我们现场开箱，看看插画和细节。",
                    "Let's unbox it live and look at the artwork and details.",
                ),
                (
                    "投票：你会送给妈妈、闺蜜还是自己？",
                    "Poll: would you give it to your mum, your best friend or yourself?",
                ),
                (
                    "限量编号，直播间只放这一批。",
                    "Numbered and limited: this batch is all the live room gets.",
                ),
            ],
            offer: ("下单送定制贺卡和礼袋", "Free custom card and gift bag"),
            owner: Role::Anchor,
            notes: (
                "战略款讲品牌调性，不靠降价。",
                "The strategic item sells the brand's character, not a discount.",
            ),
            cues: &[
                (0, Explain, ("开箱展示", "Unboxing")),
                (
                    EXPLAIN_UNTIL,
                    Interact,
                    ("投票：送给谁", "Poll: who is it for?"),
                ),
                (
                    CLOSE_AT,
                    CloseSale,
                    ("报剩余编号", "Call out the numbers left"),
                ),
            ],
        },
        SegmentSpec {
            kind: SegmentKind::ClosingSale,
            title: (
                "逼单：全场返场 + 最后库存",
                "Closing the sale: encore of every item + last stock",
            ),
            seconds: NODE,
            interaction: None,
            selling_points: &[],
            lines: &[
                (
                    "刚才没抢到的，最后返场一次，价格不变。",
                    "Missed out earlier? One last encore at the same prices.",
                ),
                (
                    "我念一下刚下单的宝宝，助播报一下每款还剩多少。",
                    "I'll read out the latest orders; my assistant will call the stock left.",
                ),
                (
                    "十分钟后恢复原价，想要的现在就拍。",
                    "In ten minutes prices go back to normal: order now if you want it.",
                ),
            ],
            offer: (
                "返场价 + 满额送小样",
                "Encore prices + free samples over a spend",
            ),
            owner: Role::Anchor,
            notes: (
                "助播按库存从少到多依次上链接。",
                "The assistant host puts links up starting with the lowest stock.",
            ),
            cues: &[
                (0, Offer, ("返场上链接", "Encore links up")),
                (
                    300,
                    CloseSale,
                    ("报库存 + 念实时下单", "Call out stock + live orders"),
                ),
                (
                    600,
                    CloseSale,
                    ("恢复原价倒计时", "Countdown to normal prices"),
                ),
            ],
        },
        SegmentSpec {
            kind: SegmentKind::WrapUp,
            title: (
                "收尾：催付款 + 下场预告",
                "Wrap-up: payment reminder + next show preview",
            ),
            seconds: NODE,
            interaction: None,
            selling_points: &[],
            lines: &[
                (
                    "还没付款的宝宝抓紧付款，超时订单会自动取消。",
                    "If you haven't paid yet, do it now: unpaid orders cancel themselves.",
                ),
                (
                    "下一场的时间和主题在这里，现在点预约，开播会提醒你。",
                    "Here's when the next show is and what it's about: book now and we'll remind you.",
                ),
                (
                    "售后问题找客服，我们都会跟进。谢谢大家的陪伴！",
                    "Customer service follows up every after-sales question. Thank you for watching!",
                ),
            ],
            offer: (
                "预约下一场送无门槛券",
                "Book the next show for a no-minimum coupon",
            ),
            owner: Role::Anchor,
            notes: NO_NOTES,
            cues: &[
                (0, Other, ("提醒付款", "Payment reminder")),
                (
                    300,
                    Offer,
                    ("下场预告 + 预约", "Next-show preview + booking"),
                ),
                (
                    600,
                    Interact,
                    ("感谢 + 邀请加入粉丝团", "Thanks + invite to the fan club"),
                ),
                (840, Other, ("下播", "Sign off")),
            ],
        },
    ],
};
