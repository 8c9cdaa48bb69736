//! Simplified Chinese, the default UI language.

use super::catalogue::{PageTexts, Texts};

pub static TEXTS: Texts = Texts {
    app_name: "直播运营台",
    tagline: "直播电商团队的计划、脚本、分段计时与数据复盘",
    switch_lang: "English",
    switch_lang_hint: "切换界面语言为英文",
    nav_label: "主导航",
    nav_home: "首页",
    nav_plans: "工作计划",
    nav_scripts: "直播脚本",
    nav_timer: "分段计时",
    nav_kpi: "数据指标",
    nav_data: "数据与设置",
    home: PageTexts {
        title: "直播运营台",
        purpose: "从计划到复盘，一场直播需要的都在这里。所有数据只保存在本浏览器中。",
        empty: "从下面任一板块开始。",
    },
    plans: PageTexts {
        title: "工作计划",
        purpose: "目标、周期、直播日历、三层选品、团队分工、播前清单、风险预案与预算。",
        empty: "还没有工作计划。",
    },
    scripts: PageTexts {
        title: "直播脚本",
        purpose: "把一场直播拆成每 15 分钟一个节点：开场、产品讲解、互动、逼单、收尾。",
        empty: "还没有直播脚本。",
    },
    timer: PageTexts {
        title: "分段计时",
        purpose: "主播在镜头旁的平板上使用的大字倒计时：当前环节、话术、下一环节。",
        empty: "还没有可以计时的直播。先在工作计划中安排一场直播并为它选定脚本。",
    },
    kpi: PageTexts {
        title: "数据指标",
        purpose: "GMV、UV 价值、转化漏斗、目标拆解、投产比，以及播后对照目标复盘。",
        empty: "还没有直播数据。",
    },
    data: PageTexts {
        title: "数据与设置",
        purpose: "导出和导入备份文件（JSON），从备份恢复，设置计时提醒。",
        empty: "还没有可以导出的数据。",
    },
    not_found: PageTexts {
        title: "找不到这个页面",
        purpose: "链接可能已失效，或者地址输入有误。",
        empty: "",
    },
    back_home: "返回首页",
    open_section: "打开",
};
