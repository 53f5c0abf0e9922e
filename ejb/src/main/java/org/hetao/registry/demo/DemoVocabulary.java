package org.hetao.registry.demo;

import java.util.List;
import java.util.Map;
import org.hetao.registry.project.Sector;

/**
 * Research phrases of the zone's sectors in English, Traditional and Simplified Chinese, from
 * which the demo titles and abstracts are put together. The two Chinese forms use each script's
 * usual words (人工智慧 / 人工智能, 晶片 / 芯片, 機器人 / 机器人, 生物標記 / 生物标记), so that a
 * search in either script finds something.
 */
final class DemoVocabulary {
    private DemoVocabulary() {}

    /** One phrase in the three forms. */
    record Phrase(String en, String zhHant, String zhHans) {}

    /** What projects of one sector are about, by what means, and to what end. */
    record Theme(Sector sector, List<Phrase> topics, List<Phrase> methods, List<Phrase> applications) {}

    private static Phrase p(String en, String zhHant, String zhHans) {
        return new Phrase(en, zhHant, zhHans);
    }

    static final Phrase HK_PARK = p("Hong Kong park", "香港園區", "香港园区");
    static final Phrase SHENZHEN_PARK = p("Shenzhen park", "深圳園區", "深圳园区");
    static final Phrase BOTH_PARKS = p("Hong Kong and Shenzhen parks", "港深兩個園區", "港深两个园区");

    static final List<Phrase> OUTCOMES = List.of(
            p("patent applications in the Mainland and under the PCT", "內地及PCT專利申請", "内地及PCT专利申请"),
            p("an open benchmark data set", "開放基準數據集", "开放基准数据集"),
            p("a licensable software toolkit", "可授權的軟件工具包", "可授权的软件工具包"),
            p("a spin-off company in the Hong Kong park", "於香港園區成立的衍生公司", "于香港园区成立的衍生公司"),
            p("a validated prototype for industrial partners", "供產業夥伴使用的經驗證原型", "供产业伙伴使用的经验证原型"),
            p("joint training of postdoctoral researchers", "聯合培養博士後研究人員", "联合培养博士后研究人员"));

    static final Map<Sector, Theme> THEMES = Map.of(
            Sector.LIFE_HEALTH,
                    new Theme(
                            Sector.LIFE_HEALTH,
                            List.of(
                                    p("early cancer screening", "癌症早期篩查", "癌症早期筛查"),
                                    p("liver cancer biomarkers", "肝癌生物標記", "肝癌生物标记"),
                                    p("wearable health monitoring", "可穿戴健康監測", "可穿戴健康监测"),
                                    p("ageing and chronic disease", "老齡化與慢性疾病", "老龄化与慢性疾病"),
                                    p("quality control of Chinese medicines", "中藥質量控制", "中药质量控制"),
                                    p("nasopharyngeal carcinoma", "鼻咽癌", "鼻咽癌"),
                                    p("infectious disease surveillance", "傳染病監測", "传染病监测")),
                            List.of(
                                    p("multi-omics analysis", "多組學分析", "多组学分析"),
                                    p("liquid biopsy", "液體活檢", "液体活检"),
                                    p("single-cell sequencing", "單細胞測序", "单细胞测序"),
                                    p("cross-boundary cohort studies", "跨境隊列研究", "跨境队列研究"),
                                    p("digital pathology", "數字病理", "数字病理")),
                            List.of(
                                    p("precision medicine", "精準醫療", "精准医疗"),
                                    p("community health services in the Greater Bay Area", "大灣區社區健康服務", "大湾区社区健康服务"),
                                    p("clinical decision support", "臨床決策支援", "临床决策支持"),
                                    p("cross-boundary clinical trials", "跨境臨床試驗", "跨境临床试验"))),
            Sector.ARTIFICIAL_INTELLIGENCE,
                    new Theme(
                            Sector.ARTIFICIAL_INTELLIGENCE,
                            List.of(
                                    p("large language models", "大型語言模型", "大语言模型"),
                                    p("medical image analysis", "醫學影像分析", "医学影像分析"),
                                    p("Cantonese speech recognition", "粵語語音識別", "粤语语音识别"),
                                    p("autonomous driving perception", "自動駕駛感知", "自动驾驶感知"),
                                    p("trustworthy artificial intelligence (AI)", "可信人工智慧", "可信人工智能"),
                                    p("multimodal foundation models", "多模態基礎模型", "多模态基础模型")),
                            List.of(
                                    p("deep learning", "深度學習", "深度学习"),
                                    p("federated learning", "聯邦學習", "联邦学习"),
                                    p("reinforcement learning", "強化學習", "强化学习"),
                                    p("graph neural networks", "圖神經網絡", "图神经网络"),
                                    p("AI model compression", "人工智慧模型壓縮", "人工智能模型压缩")),
                            List.of(
                                    p("smart city governance", "智慧城市治理", "智慧城市治理"),
                                    p("intelligent manufacturing", "智能製造", "智能制造"),
                                    p("bilingual public services", "雙語公共服務", "双语公共服务"),
                                    p("AI-assisted diagnosis", "人工智慧輔助診斷", "人工智能辅助诊断"))),
            Sector.DATA_SCIENCE,
                    new Theme(
                            Sector.DATA_SCIENCE,
                            List.of(
                                    p("cross-boundary data flows", "跨境數據流動", "跨境数据流动"),
                                    p("privacy-preserving computation", "隱私計算", "隐私计算"),
                                    p("urban mobility data", "城市交通數據", "城市交通数据"),
                                    p("interoperable health records", "互通的健康記錄", "互通的健康记录"),
                                    p("spatio-temporal data", "時空數據", "时空数据")),
                            List.of(
                                    p("secure multi-party computation", "安全多方計算", "安全多方计算"),
                                    p("causal inference", "因果推斷", "因果推断"),
                                    p("knowledge graphs", "知識圖譜", "知识图谱"),
                                    p("big data analytics", "大數據分析", "大数据分析"),
                                    p("differential privacy", "差分隱私", "差分隐私")),
                            List.of(
                                    p("data governance in the Greater Bay Area", "大灣區數據治理", "大湾区数据治理"),
                                    p("public health planning", "公共衞生規劃", "公共卫生规划"),
                                    p("logistics optimisation", "物流優化", "物流优化"),
                                    p("cross-boundary data services", "跨境數據服務", "跨境数据服务"))),
            Sector.MICROELECTRONICS,
                    new Theme(
                            Sector.MICROELECTRONICS,
                            List.of(
                                    p("third-generation semiconductors", "第三代半導體", "第三代半导体"),
                                    p("gallium nitride power devices", "氮化鎵功率器件", "氮化镓功率器件"),
                                    p("AI accelerator chips", "人工智慧加速晶片", "人工智能加速芯片"),
                                    p("low-power chips for the Internet of Things", "物聯網低功耗晶片", "物联网低功耗芯片"),
                                    p("RISC-V processors", "RISC-V處理器", "RISC-V处理器"),
                                    p("MEMS sensors", "微機電感測器", "微机电传感器")),
                            List.of(
                                    p("electronic design automation", "電子設計自動化", "电子设计自动化"),
                                    p("wafer-level testing", "晶圓級測試", "晶圆级测试"),
                                    p("device modelling and simulation", "器件建模與仿真", "器件建模与仿真"),
                                    p("heterogeneous integration", "異質集成", "异质集成"),
                                    p("advanced packaging", "先進封裝", "先进封装")),
                            List.of(
                                    p("electric vehicles", "電動車", "电动汽车"),
                                    p("5G and 6G communications", "5G及6G通信", "5G及6G通信"),
                                    p("edge computing", "邊緣計算", "边缘计算"),
                                    p("medical electronics", "醫療電子", "医疗电子"))),
            Sector.BIOMEDICINE,
                    new Theme(
                            Sector.BIOMEDICINE,
                            List.of(
                                    p("antibody-drug conjugates", "抗體藥物偶聯物", "抗体药物偶联物"),
                                    p("CAR-T cell therapy", "CAR-T細胞療法", "CAR-T细胞疗法"),
                                    p("mRNA vaccines", "mRNA疫苗", "mRNA疫苗"),
                                    p("organoid models", "類器官模型", "类器官模型"),
                                    p("gene editing", "基因編輯", "基因编辑"),
                                    p("protein biomarkers of sepsis", "膿毒症蛋白生物標記", "脓毒症蛋白生物标记")),
                            List.of(
                                    p("high-throughput screening", "高通量篩選", "高通量筛选"),
                                    p("structure-based drug design", "基於結構的藥物設計", "基于结构的药物设计"),
                                    p("AI-assisted drug discovery", "人工智慧輔助藥物發現", "人工智能辅助药物发现"),
                                    p("nanoparticle drug delivery", "納米顆粒藥物遞送", "纳米颗粒药物递送")),
                            List.of(
                                    p("first-in-human clinical trials", "首次人體臨床試驗", "首次人体临床试验"),
                                    p("treatment of rare diseases", "罕見病治療", "罕见病治疗"),
                                    p("sample exchange through the green channel", "經綠色通道的生物樣本交流", "经绿色通道的生物样本交流"),
                                    p("cancer immunotherapy", "癌症免疫治療", "癌症免疫治疗"))),
            Sector.ROBOTICS,
                    new Theme(
                            Sector.ROBOTICS,
                            List.of(
                                    p("surgical robots", "手術機器人", "手术机器人"),
                                    p("rehabilitation exoskeletons", "康復外骨骼", "康复外骨骼"),
                                    p("soft robots", "軟體機器人", "软体机器人"),
                                    p("warehouse logistics robots", "倉儲物流機器人", "仓储物流机器人"),
                                    p("humanoid robots", "人形機器人", "人形机器人"),
                                    p("unmanned aerial vehicles", "無人機", "无人机")),
                            List.of(
                                    p("motion planning", "運動規劃", "运动规划"),
                                    p("tactile sensing", "觸覺感知", "触觉感知"),
                                    p("embodied intelligence", "具身智能", "具身智能"),
                                    p("human-robot interaction", "人機交互", "人机交互")),
                            List.of(
                                    p("elderly care", "安老護理", "养老护理"),
                                    p("minimally invasive surgery", "微創手術", "微创手术"),
                                    p("port and logistics automation", "港口物流自動化", "港口物流自动化"),
                                    p("inspection of cross-boundary infrastructure", "跨境基建巡檢", "跨境基建巡检"))),
            Sector.NEW_MATERIALS,
                    new Theme(
                            Sector.NEW_MATERIALS,
                            List.of(
                                    p("perovskite solar cells", "鈣鈦礦太陽能電池", "钙钛矿太阳能电池"),
                                    p("solid-state batteries", "固態電池", "固态电池"),
                                    p("two-dimensional materials", "二維材料", "二维材料"),
                                    p("biodegradable polymers", "可降解高分子材料", "可降解高分子材料"),
                                    p("acoustic metamaterials", "聲學超材料", "声学超材料"),
                                    p("graphene composites", "石墨烯複合材料", "石墨烯复合材料")),
                            List.of(
                                    p("high-throughput materials computation", "高通量材料計算", "高通量材料计算"),
                                    p("thin-film deposition", "薄膜沉積", "薄膜沉积"),
                                    p("in-situ electron microscopy", "原位電子顯微技術", "原位电子显微技术"),
                                    p("machine-learning-guided synthesis", "機器學習引導合成", "机器学习引导合成")),
                            List.of(
                                    p("energy storage", "儲能", "储能"),
                                    p("flexible electronics", "柔性電子", "柔性电子"),
                                    p("green buildings", "綠色建築", "绿色建筑"),
                                    p("implantable medical devices", "植入式醫療器械", "植入式医疗器械"))),
            Sector.FINTECH,
                    new Theme(
                            Sector.FINTECH,
                            List.of(
                                    p("cross-boundary payments", "跨境支付", "跨境支付"),
                                    p("e-CNY applications", "數字人民幣應用", "数字人民币应用"),
                                    p("regulatory technology", "監管科技", "监管科技"),
                                    p("green finance", "綠色金融", "绿色金融"),
                                    p("credit risk of small and medium enterprises", "中小企業信用風險", "中小企业信用风险")),
                            List.of(
                                    p("blockchain", "區塊鏈", "区块链"),
                                    p("explainable machine learning", "可解釋機器學習", "可解释机器学习"),
                                    p("smart contracts", "智能合約", "智能合约"),
                                    p("graph analytics of transactions", "交易圖分析", "交易图分析")),
                            List.of(
                                    p("cross-boundary wealth management", "跨境理財通", "跨境理财通"),
                                    p("anti-money laundering", "反洗錢", "反洗钱"),
                                    p("trade finance", "貿易融資", "贸易融资"),
                                    p("carbon markets", "碳市場", "碳市场"))));

    /** The sectors projects are drawn from, each repeated by its weight in the zone's plan. */
    static final List<Sector> SECTOR_WEIGHTS = List.of(
            Sector.LIFE_HEALTH,
            Sector.LIFE_HEALTH,
            Sector.LIFE_HEALTH,
            Sector.ARTIFICIAL_INTELLIGENCE,
            Sector.ARTIFICIAL_INTELLIGENCE,
            Sector.ARTIFICIAL_INTELLIGENCE,
            Sector.DATA_SCIENCE,
            Sector.DATA_SCIENCE,
            Sector.BIOMEDICINE,
            Sector.BIOMEDICINE,
            Sector.MICROELECTRONICS,
            Sector.MICROELECTRONICS,
            Sector.ROBOTICS,
            Sector.NEW_MATERIALS,
            Sector.FINTECH);
}
