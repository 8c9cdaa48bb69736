//! 脚本页面的简体中文文字。

use livedesk_core::model::{CueKind, InteractionKind, Tier};
use livedesk_core::scripts::checks::Finding;
use livedesk_core::scripts::edit::EditError;

use super::ScriptTexts;

pub static TEXTS: ScriptTexts = ScriptTexts {
    my_templates: "我的模板",
    templates_empty: "还没有模板：从下面的内置模板开始，或新建一个空白模板。",
    new_blank: "新建空白模板",
    new_blank_name: "新模板",
    builtin_heading: "内置模板",
    builtin_hint: "按行业写好的脚本结构，添加一份到“我的模板”后可以随意修改。",
    add_builtin: "添加到我的模板",
    summary: |segments, minutes| format!("{segments} 个环节 · {minutes} 分钟"),
    edit: "编辑",
    duplicate: "复制",
    export: "导出",
    delete: "删除",
    print: "打印",
    copy_name: |name| format!("{name}（副本）"),
    deleted: |name| format!("已删除“{name}”。"),
    undo: "撤销",
    shows_heading: "场次脚本",
    shows_empty: "还没有场次。场次在“工作计划”中安排。",
    no_script: "还没有脚本",
    import_heading: "导入脚本",
    import_hint: "可以选择 LiveDesk 模板文件（.json），或表格（.csv / .xlsx）：表格的每一行是一个环节，下一步选择各列的含义。",
    choose_file: "选择文件",
    reading: "正在读取…",
    imported: |name| format!("已导入模板“{name}”。"),
    not_a_template: "这个文件不是脚本模板：完整备份和工作计划请在“数据”页导入。",
    worker_failed: "无法加载 Excel 读取组件。请检查网络后重试，或把表格另存为 CSV 再导入。",
    mapping_heading: "表格各列对应什么？",
    mapping_hint: |row| format!("已按第 {row} 行的表头自动识别，请确认。至少需要“环节”或“产品”一列。"),
    column_none: "（不导入）",
    column_option: |letter, header| format!("{letter} 列 · {header}"),
    preview_heading: |n| format!("预览：{n} 个环节"),
    errors_heading: "请先在表格中修正这些问题，再重新选择文件：",
    warnings_heading: "提示（不影响导入）：",
    template_name: "新模板名称",
    import_confirm: "导入为新模板",
    cancel: "取消",
    back: "返回脚本库",
    name_label: "名称",
    description_label: "说明",
    segments_heading: "环节",
    segments_empty: "还没有环节。添加第一个环节，例如“开场”。",
    reorder_hint: "拖动环节，或用“上移/下移”按钮调整顺序。",
    add_segment: "添加环节",
    kind_label: "类型",
    title_label: "标题",
    minutes_label: "时长（分钟）",
    product_label: "产品",
    no_product: "（不关联产品）",
    missing_product: "（产品已不在商品库）",
    interaction_label: "互动方式",
    none: "（无）",
    selling_points_label: "卖点（每行一条）",
    lines_label: "话术（每行一句）",
    offer_label: "福利",
    owner_label: "负责人",
    notes_label: "备注",
    cues_label: "提示点",
    cue_at_label: "从第几分钟（分:秒）",
    cue_kind_label: "类型",
    cue_text_label: "内容",
    bad_cue_at: "请写成 分:秒，例如 8:00。",
    add_cue: "添加提示点",
    remove_cue: "删除提示点",
    move_up: "上移",
    move_down: "下移",
    remove_segment: "删除环节",
    open_segment: "展开",
    close_segment: "收起",
    segment_removed: |title| format!("已删除环节“{title}”。"),
    minutes: |m| format!("{m} 分钟"),
    untitled: "（未命名）",
    total: |total, show| match show {
        Some(show) => format!("合计 {total}，本场计划 {show}"),
        None => format!("合计 {total}"),
    },
    checks_heading: "脚本检查",
    checks_ok: "检查通过：没有发现问题。",
    finding: |finding, product| match finding {
        Finding::LengthMismatch { script_seconds, show_seconds } => {
            let (script, show) = (script_seconds / 60, show_seconds / 60);
            if script_seconds > show_seconds {
                format!("环节合计 {script} 分钟，比本场计划的 {show} 分钟多 {} 分钟。", script - show)
            } else {
                format!("环节合计 {script} 分钟，比本场计划的 {show} 分钟少 {} 分钟。", show - script)
            }
        }
        Finding::NoOpeningHook => "前 5 分钟没有钩子：请在开场安排秒杀、福利或“关注领券”的提示点。".into(),
        Finding::LongExplanation { seconds, .. } => format!(
            "产品讲解 {} 分钟才转入互动或逼单，建议不超过 8 分钟。",
            seconds.div_ceil(60)
        ),
        Finding::NoCloseAfterExplanation { .. } => {
            "讲解后没有逼单：请加一个“逼单”提示点，或在后面紧跟一个逼单环节。".into()
        }
        Finding::LongSegment { seconds, .. } => {
            format!("这个环节 {} 分钟，超过 15 分钟的节点，观众容易流失。", seconds.div_ceil(60))
        }
        Finding::ProductNeverExplained { .. } => {
            format!("选品中的“{product}”没有讲解环节。")
        }
    },
    apply_heading: "套用模板",
    apply_hint: "把模板的环节复制到本场。之后修改模板，不会改变本场。",
    apply_button: "套用",
    apply_confirm: |name| format!("用“{name}”替换本场的全部环节吗？当前环节会被替换。"),
    applied: |name| format!("已套用“{name}”。"),
    from_template: |name| format!("来自模板“{name}”"),
    timer_locked: "本场计时已开始：可以修改文字和时长，但不能增删或调整顺序（计时记录按顺序对应环节）。如需调整，请先在计时页重置。",
    open_timer: "打开计时器",
    not_found: "找不到这个脚本，可能已被删除。",
    print_heading: "直播流程单",
    print_hint: "打印或另存为 PDF：使用浏览器的打印功能。",
    tier: |tier| match tier {
        Tier::TrafficDriver => "引流款",
        Tier::Profit => "利润款",
        Tier::Strategic => "战略款",
    },
    interaction: |kind| match kind {
        InteractionKind::LuckyDraw => "抽奖",
        InteractionKind::QAndA => "问答",
        InteractionKind::Vote => "投票",
        InteractionKind::LikeGoal => "点赞目标",
    },
    cue_kind: |kind| match kind {
        CueKind::Explain => "讲解",
        CueKind::Interact => "互动",
        CueKind::CloseSale => "逼单",
        CueKind::Offer => "福利",
        CueKind::Other => "其他",
    },
    edit_error: |error, lang| match error {
        EditError::NotFound => "这个脚本已不存在（可能在另一个标签页中被删除）。".into(),
        EditError::NoSuchSegment => "这个环节已不存在，请刷新后重试。".into(),
        EditError::TimerStarted => "本场计时已开始，不能增删或调整环节顺序。请先在计时页重置。".into(),
        EditError::TooMany { max } => format!("最多 {max} 个。"),
        EditError::Invalid(errors) => errors
            .iter()
            .map(|e| e.message(lang))
            .collect::<Vec<_>>()
            .join("；"),
    },
};
