// Frames found by a third round of probing with short texts written for these tests, in our own words and numbers:
// figures of a part, a drive, a plan, another level or another period that must not be filed as the area's total.
import { styleKit } from './styleKit';

const { run, facts, reasonOf } = styleKit('历下区');
const ids = (text: string) => run(text).records.map((r) => [r.indicatorId, r.value]);

describe('the year before', () => {
  test('上年 opening the sentence dates the clauses after it', () => {
    const r = run('上年全区共发放临时救助金815万元,救助3020人次。');
    expect(r.records).toEqual([]);
    expect(reasonOf(r, 3020)).toEqual(['other_year']);
    expect(ids('上年全区办理结婚登记3380对,离婚登记1240对。')).toEqual([]);
  });

  test('去年同期 opening the sentence, or in the value\'s own clause', () => {
    expect(reasonOf(run('去年同期,全区办理临时救助1390人次。'), 1390)).toEqual(['other_year']);
    expect(ids('全区去年同期发放低保资金4150万元,今年全年发放低保资金4730万元。')).toEqual([['dibao_funds', 4730]]);
  });

  test('a clause naming its own time, or a comparison with 同期, keeps the value', () => {
    expect(ids('上年以来,全区持续规范低保管理,目前在保低保对象4275人。')).toEqual([['dibao_persons', 4275]]);
    expect(ids('今年全区办理结婚登记3190对,比上年同期减少150对。')).toEqual([['marriage_reg', 3190]]);
  });
});

describe('plans and targets', () => {
  test('a plan word opening the sentence in a clause of its own', () => {
    const r = run('力争到年底,全区养老床位达到3600张。');
    expect(r.records).toEqual([]);
    expect(reasonOf(r, 3600)).toEqual(['plan']);
    expect(ids('预计到年底,全年发放临时救助金880万元。')).toEqual([]);
  });

  test('a target\'s label before a colon, after other words', () => {
    expect(reasonOf(run('省民政厅下达我区年度任务目标:新增养老床位380张。'), 380)).toEqual(['plan']);
    expect(ids('全区今年新增养老床位目标:520张。')).toEqual([]);
  });

  test('将为 / 将向 a group: what will be paid', () => {
    expect(reasonOf(run('年内将为4150名重度残疾人发放护理补贴。'), 4150)).toEqual(['plan']);
    expect(ids('今年将向全区4720名低保对象发放一次性生活补贴。')).toEqual([]);
  });

  test('a target reached is the figure', () => {
    expect(ids('经过努力,全区养老床位达到2790张,完成年度目标。')).toEqual([['elder_beds', 2790]]);
  });
});

describe('a part, a level, a drive', () => {
  test('市本级 / 县本级: the own level only', () => {
    expect(reasonOf(run('市本级发放临时救助金1190万元。'), 1190)).toEqual(['subset']);
    expect(ids('全年发放临时救助金670万元,其中区本级支出115万元。')).toEqual([['temp_assist_funds', 670]]);
  });

  test('another programme\'s money spent on the group', () => {
    expect(reasonOf(run('医疗救助支出中,用于低保对象的资金587万元。'), 587)).toEqual(['subset']);
  });

  test('medical assistance named in the clause before the money is not all social assistance', () => {
    expect(reasonOf(run('全区困难群众医疗救助资金下达预算3150万元,实际支出2790万元。'), 2790)).toEqual(['scope']);
    expect(ids('全年社会救助资金下达预算3150万元,实际支出2790万元。')).toEqual([['assist_funds', 2790]]);
  });

  test('those served by a service bought for a part of the group', () => {
    expect(reasonOf(run('为失能、半失能特困人员购买照料护理服务,惠及特困人员462人。'), 462)).toEqual(['scope']);
    expect(ids('为困难重度残疾人提供居家托养服务,惠及重度残疾人296人。')).toEqual([]);
  });

  test('a drive opening the sentence, or a subsidy of its own paid to the group', () => {
    expect(reasonOf(run('冬季送温暖行动中,为全区特困人员发放取暖补贴208人,计12.5万元。'), 208)).toEqual(['scope']);
    expect(ids('为全区低保对象发放电费补贴3140人,计18.8万元。')).toEqual([]);
  });

  test('festival days are a part of the year', () => {
    expect(reasonOf(run('清明节期间,全区共接待祭扫群众27.4万人次,火化遗体58具。'), 58)).toEqual(['scope']);
    expect(ids('全年火化遗体3980具,其中清明节期间火化遗体58具。')).toEqual([['cremations', 3980]]);
  });

  test('organisations inspected or assessed are some of them', () => {
    expect(reasonOf(run('开展社会组织年检,参检社会组织526个,合格率95%。'), 526)).toEqual(['subset']);
    expect(ids('全区开展社会组织等级评估,参评社会组织44个。')).toEqual([]);
    expect(ids('全区共有社会组织598个,参加年检的566个。')).toEqual([['social_orgs', 598]]);
  });

  test('beds of private or public institutions only', () => {
    expect(reasonOf(run('民办养老机构床位2110张,占全区养老床位的61%。'), 2110)).toEqual(['subset']);
    expect(ids('全区养老机构床位2790张,其中民办养老机构床位2110张。')).toEqual([['elder_inst_beds', 2790]]);
  });

  test('the volunteers of one scheme or team', () => {
    expect(reasonOf(run('全区养老服务时间银行注册志愿者2480人。'), 2480)).toEqual(['subset']);
    expect(ids('全区注册志愿者15.2万人,其中时间银行注册志愿者2480人。')).toEqual([['volunteers', 15.2]]);
  });

  test('…群众中,纳入低保的有A人: the programme\'s people among another group, with a comma', () => {
    expect(reasonOf(run('全区“一老一小”困难群众中,纳入低保的有2160人。'), 2160)).toEqual(['subset']);
    expect(ids('全区残疾人家庭中,纳入低保的有1390户。')).toEqual([]);
    expect(facts(run('全区低保对象中,享受城市低保的有1820人。').records)).toEqual([['dibao_persons', '城市', 1820, '人', '全年']]);
  });

  test('其中,对…家庭 / 其中,为80岁以上…老人: a part opening with the group it went to', () => {
    expect(reasonOf(run('其中,对因病致贫的家庭实施临时救助402人次。'), 402)).toEqual(['subset']);
    expect(ids('其中,为80岁以上低保老人发放高龄津贴790人。')).toEqual([]);
  });
});

describe('a kind, a channel, a check, a start of the year', () => {
  test('registrations made through one channel', () => {
    expect(reasonOf(run('全区通过网上预约办理结婚登记4150对。'), 4150)).toEqual(['subset']);
  });

  test('小额/先行 temporary assistance, or the townships\' approvals', () => {
    expect(ids('乡镇(街道)审批小额临时救助598人次,资金39万元。')).toEqual([]);
    expect(reasonOf(run('全年实施先行临时救助115人次。'), 115)).toEqual(['subset']);
  });

  test('escorts home are one kind of the help to people without shelter', () => {
    expect(reasonOf(run('全年护送流浪乞讨人员返乡82人次。'), 82)).toEqual(['subset']);
    expect(ids('全年共救助流浪乞讨人员655人次。')).toEqual([['vagrant_assist_times', 655]]);
  });

  test('newly recognised people are no stock', () => {
    expect(reasonOf(run('今年新认定事实无人抚养儿童39名。'), 39)).toEqual(['new_vs_stock']);
  });

  test('bodies brought from elsewhere', () => {
    expect(reasonOf(run('全区外地来本区火化遗体305具。'), 305)).toEqual(['subset']);
  });

  test('the objects of a check or an assessment', () => {
    expect(reasonOf(run('全区开展养老机构消防安全整改,涉及养老机构26家。'), 26)).toEqual(['action']);
    expect(reasonOf(run('全年完成适老化改造需求评估790户。'), 790)).toEqual(['action']);
    expect(ids('全年完成适老化改造596户。')).toEqual([['elder_retrofit_households', 596]]);
  });

  test('the highest standard of one township', () => {
    expect(reasonOf(run('城市低保标准最高的街道为每人每月880元。'), 880)).toEqual(['sub_region']);
  });

  test('money paid on top, money left over, money of the levels above', () => {
    expect(reasonOf(run('对低保家庭中的老年人按照标准的20%增发低保金,全年增发金额118万元。'), 118)).toEqual(['scope']);
    expect(reasonOf(run('全区低保资金结余79万元。'), 79)).toEqual(['scope']);
    expect(reasonOf(run('全年省级以上补助社会救助资金5380万元。'), 5380)).toEqual(['subset']);
  });

  test('a stock at the start of the year', () => {
    expect(reasonOf(run('年初全区低保对象5360人。'), 5360)).toEqual(['other_year']);
    expect(ids('全区低保对象年初5360人,年末5080人。')).toEqual([['dibao_persons', 5080]]);
    expect(ids('全区低保对象由年初的5360人减少到5080人。')).toEqual([['dibao_persons', 5080]]);
  });

  test('institutions being built', () => {
    expect(reasonOf(run('全区在建养老机构3家,建成后将新增床位400张。'), 3)).toEqual(['plan']);
  });
});

describe('a group, a township, the period before, an award', () => {
  test('an age, a working capacity or a cause before the programme\'s people', () => {
    expect(reasonOf(run('全区60岁以上低保对象1760人。'), 1760)).toEqual(['subset']);
    expect(ids('全区有劳动能力的低保对象930人。')).toEqual([]);
    expect(ids('全区因病致贫的低保家庭598户。')).toEqual([]);
    expect(ids('全区城乡低保对象4275人。')).toEqual([['dibao_persons', 4275]]);
  });

  test('an unquoted drive (专项行动期间) dates a flow', () => {
    expect(reasonOf(run('夏季高温救助专项行动期间,救助流浪乞讨人员83人次。'), 83)).toEqual(['scope']);
  });

  test('the township with the most or least, or a mark some townships pass', () => {
    expect(reasonOf(run('低保对象最多的东关街道有低保对象796人。'), 796)).toEqual(['sub_region']);
    expect(reasonOf(run('全区12个镇街中,低保对象最少的为83人。'), 83)).toEqual(['sub_region']);
    expect(ids('全区有3个街道的低保对象超过500人。')).toEqual([]);
  });

  test('上月 / 上季度 opening the sentence', () => {
    expect(reasonOf(run('上月,全区发放低保金398万元。'), 398)).toEqual(['partial']);
    expect(ids('上季度全区新增养老床位115张。')).toEqual([]);
  });

  test('money handed down to the townships is not paid', () => {
    expect(reasonOf(run('全区高龄津贴资金已全部下达至各镇街,共计1680万元。'), 1680)).toEqual(['scope']);
  });

  test('organisations given an award', () => {
    expect(reasonOf(run('全区获评省级优秀社会组织6个。'), 6)).toEqual(['subset']);
    expect(ids('全年全区慈善组织共募集款物1790万元。')).toEqual([['charity_donations', 1790]]);
  });
});

describe('a city\'s parts, the area above, a holiday\'s days, next year', () => {
  const city = styleKit('济南市');
  const county = styleKit('长清区');

  test('市区 / 主城区 opening the clause: the urban districts only', () => {
    const r = city.run('市区低保对象1.18万人,县域低保对象2.39万人。', '1-9月');
    expect(r.records.filter((x) => x.value === 1.18)).toEqual([]);
    expect(city.reasonOf(r, 1.18)).toEqual(['sub_region']);
    expect(reasonOf(run('主城区养老床位1.16万张。'), 1.16)).toEqual(['sub_region']);
  });

  test('the area with the most, after 各区县中', () => {
    expect(city.reasonOf(city.run('各区县中,莱芜区特困人员最多,达2080人。', '1-9月'), 2080)).toEqual(['sub_region']);
  });

  test('所在的…市: the area above', () => {
    expect(county.reasonOf(county.run('我区所在的济南市2023年低保标准为每人每月1040元。'), 1040)).toEqual(['other_region']);
  });

  test('the days before a holiday', () => {
    expect(city.reasonOf(city.run('国庆节前,全市办理结婚登记1830对。', '1-9月'), 1830)).toEqual(['scope']);
  });

  test('a standard raised from next year is planned; one raised this year is filed', () => {
    expect(county.reasonOf(county.run('全区特困人员救助供养标准将于明年1月起提高到每人每月1350元。'), 1350)).toEqual(['plan']);
    expect(county.facts(county.run('全区特困人员基本生活标准自今年1月起提高到每人每月1350元。').records)).toEqual([['tekun_std', '', 1350, '元/人·月', '全年']]);
  });
});

describe('a level\'s share, a count per unit', () => {
  test('区级负担A万元 after the programme\'s money named in an earlier clause', () => {
    expect(reasonOf(run('全区低保资金由中央、省、市、区四级财政共同负担,区级负担1150万元。'), 1150)).toEqual(['subset']);
  });

  test('平均每个社区拥有社会组织A个: a count per unit', () => {
    expect(reasonOf(run('全区平均每个社区拥有社会组织11个。'), 11)).toEqual(['no_indicator']);
    expect(reasonOf(run('全区敬老院平均每院床位58张。'), 58)).toEqual(['no_indicator']);
    expect(ids('全区共有社会组织598个。')).toEqual([['social_orgs', 598]]);
  });
});

describe('a whole before 其中', () => {
  test('社会救助资金A亿元,其中医疗救助资金B万元: the part after 其中 does not make the whole medical', () => {
    expect(ids('全年累计支出社会救助资金1.31亿元,其中医疗救助资金2790万元。')).toEqual([['assist_funds', 1.31]]);
  });
});

describe('years together, a rise, money handed over, a grade', () => {
  test('两年累计 / 三年间累计: a flow over several years', () => {
    expect(reasonOf(run('两年累计发放高龄津贴5180万元。'), 5180)).toEqual(['multi_year']);
    expect(ids('2023年累计发放低保金4730万元。')).toEqual([['dibao_funds', 4730]]);
  });

  test('提高…标准A元: the rise, not the standard', () => {
    expect(reasonOf(run('近两年,全区累计提高城市低保标准75元。'), 75)).toEqual(['change']);
    expect(ids('今年城市低保标准提高到每人每月855元。')).toEqual([['dibao_std_urban', 855]]);
  });

  test('money handed to the area by the one above', () => {
    expect(reasonOf(run('市里分配给我区的福彩公益金为830万元。'), 830)).toEqual(['scope']);
  });

  test('institutions of one grade', () => {
    expect(reasonOf(run('全区有4家养老机构通过了等级评定,其中三级养老机构2家。'), 2)).toEqual(['subset']);
  });
});

describe('another region compared or listed with the area', () => {
  test('仅次于/高于…的A: the figure compared with is another\'s', () => {
    const r = run('全区低保对象4275人,仅次于历城区的6080人。');
    expect(ids('全区低保对象4275人,仅次于历城区的6080人。')).toEqual([['dibao_persons', 4275]]);
    expect(reasonOf(r, 6080)).toEqual(['other_region']);
    expect(ids('全区城市低保标准每人每月855元,高于全省平均水平的每人每月770元。')).toEqual([['dibao_std_urban', 855]]);
  });

  test('本区和邻近的东城区…分别为A、B: a list of subjects with another region', () => {
    const r = run('本区和邻近的东城区低保标准分别为每人每月855元、815元。');
    expect(r.records).toEqual([]);
    expect(reasonOf(r, 815)).toEqual(['other_region']);
  });
});

describe('a quoted community, the beneficiaries of a plan', () => {
  test('“我们社区有低保户A户。”: one community\'s figure', () => {
    expect(reasonOf(run('“我们社区有低保户36户。”某社区书记说。'), 36)).toEqual(['sub_region']);
  });

  test('预计发放…,惠及B人: those who benefit from a planned payment', () => {
    expect(ids('二是强化兜底保障。预计全年发放低保金4880万元,惠及低保对象4290人。')).toEqual([]);
  });
});

describe('the wholes next to the new guards', () => {
  test('本级 joined with the lower areas is the whole', () => {
    expect(ids('区本级和各街道共发放临时救助金675万元。')).toEqual([['temp_assist_funds', 675]]);
  });

  test('a service bought for the whole group keeps the count', () => {
    expect(ids('为全区特困人员购买照料护理服务,惠及特困人员1405人。')).toEqual([['tekun_persons', 1405]]);
  });
});

describe('examples, entitlements and estimates', () => {
  test('an example household', () => {
    expect(reasonOf(run('以一个4口之家为例,每年可多领低保金1880元。'), 1880)).toEqual(['no_indicator']);
  });

  test('what one person may get', () => {
    expect(reasonOf(run('按照规定,特困人员死亡后可申请丧葬补助1900元。'), 1900)).toEqual(['no_indicator']);
    expect(reasonOf(run('单次临时救助最高可达1.8万元。'), 1.8)).toEqual(['no_indicator']);
  });

  test('an estimate of the money needed', () => {
    expect(reasonOf(run('若按新标准测算,全年低保资金需求约5150万元。'), 5150)).toEqual(['plan']);
    expect(ids('全年发放低保资金4730万元。')).toEqual([['dibao_funds', 4730]]);
  });
});

describe('a standard named as another\'s reference, new recruits', () => {
  test('参照散居孤儿执行 / 为散居孤儿标准的50%: the orphans\' standard is only the reference', () => {
    expect(reasonOf(run('全区事实无人抚养儿童基本生活费标准参照散居孤儿执行,为每人每月1350元。'), 1350)).toEqual(['scope']);
    expect(ids('全区重点困境儿童基本生活费标准为散居孤儿标准的50%,即每人每月675元。')).toEqual([]);
    expect(facts(run('全区散居孤儿基本生活费标准为每人每月1350元。').records)).toEqual([['orphan_std', '社会散居', 1350, '元/人·月', '全年']]);
  });

  test('新招募 volunteers are new', () => {
    expect(reasonOf(run('全区新招募社工志愿者305人。'), 305)).toEqual(['new_vs_stock']);
  });
});

describe('a part of the year before opening the sentence', () => {
  test('去年前三季度, in a report on the first three quarters', () => {
    const r = run('去年前三季度,全区发放临时救助金505万元。', '1-9月');
    expect(r.records).toEqual([]);
    expect(reasonOf(r, 505)).toEqual(['other_year']);
    expect(facts(run('前三季度全区发放临时救助金548万元,较去年同期的505万元增长8.5%。', '1-9月').records)).toEqual([['temp_assist_funds', '', 548, '万元', '1-9月']]);
  });
});

describe('two payments together, the people of an action', () => {
  test('养老服务补贴和高龄津贴合计发放A万元', () => {
    expect(reasonOf(run('全区养老服务补贴和高龄津贴合计发放2050万元。'), 2050)).toEqual(['combined']);
    expect(ids('全年发放高龄津贴1580万元。')).toEqual([['elder_age_allowance_funds', 1580]]);
  });

  test('资助…参加医疗保险A万人,其中低保对象B人', () => {
    expect(reasonOf(run('全年资助困难群众参加医疗保险1.2万人,其中低保对象4190人。'), 4190)).toEqual(['scope']);
    expect(facts(run('全区有低保对象4275人,其中城市1230人。').records)).toEqual([['dibao_persons', '', 4275, '人', '全年'], ['dibao_persons', '城市', 1230, '人', '全年']]);
  });
});

describe('a township named at the opening, those who left', () => {
  test('全区所辖城关街道, / 辖区内的东关社区有…', () => {
    expect(reasonOf(run('全区所辖城关街道,现有低保对象598人。'), 598)).toEqual(['sub_region']);
    expect(ids('辖区内的东关社区有孤儿3名。')).toEqual([]);
  });

  test('A户低保家庭因收入增加主动申请退保: those who left', () => {
    expect(reasonOf(run('年内共有115户低保家庭因收入增加主动申请退保。'), 115)).toEqual(['action']);
  });
});

describe('one channel, a card, one platform', () => {
  test('其中,通过网上申请办理临时救助A人次: the flow of one channel', () => {
    expect(reasonOf(run('其中,通过网上申请办理临时救助835人次。'), 835)).toEqual(['subset']);
  });

  test('申领了高龄津贴电子卡A人: those who took a card', () => {
    expect(reasonOf(run('全区共有1830名高龄老人申领了高龄津贴电子卡。'), 1830)).toEqual(['action']);
  });

  test('“慈善e家”平台…募集善款A万元: one platform\'s takings', () => {
    expect(reasonOf(run('全区“慈善e家”平台注册爱心人士1.2万人,募集善款83万元。'), 83)).toEqual(['scope']);
  });
});

describe('period words of another time', () => {
  test('截至上年末 / 前年 opening the sentence', () => {
    expect(reasonOf(run('截至上年末,全区低保对象4490人。'), 4490)).toEqual(['other_year']);
    expect(ids('前年,全区低保对象5290人。')).toEqual([]);
  });

  test('a flow since a start many years back', () => {
    expect(reasonOf(run('建区以来,全区累计募集慈善款物1.5亿元。'), 1.5)).toEqual(['multi_year']);
    expect(ids('改革开放以来,全区累计办理结婚登记11万对。')).toEqual([]);
  });

  test('the end of a five-year plan, the middle of the year, the quarter before', () => {
    expect(reasonOf(run('“十三五”末,全区养老床位1920张。'), 1920)).toEqual(['other_year']);
    expect(reasonOf(run('年中,全区低保对象4360人。'), 4360)).toEqual(['partial']);
    expect(ids('上季度末全区特困人员1386人。')).toEqual([]);
  });
});

describe('some townships named by where they lie, the average of other areas', () => {
  test('山区乡镇 / 南部5个街道 / 城区街道', () => {
    expect(reasonOf(run('全区山区乡镇低保对象1820人。'), 1820)).toEqual(['sub_region']);
    expect(ids('全区南部5个街道特困人员310人。')).toEqual([]);
    expect(reasonOf(run('全区城区街道低保标准每人每月855元,涉农街道每人每月790元。'), 855)).toEqual(['area_group']);
  });

  test('同类城区平均为A张', () => {
    expect(reasonOf(run('与同类城区相比,我区养老床位数量偏少,同类城区平均为3450张。'), 3450)).toEqual(['other_region']);
  });
});

describe('pilot and model places', () => {
  test('试点街道 / 示范镇 / 3个试点社区: the pilot places only', () => {
    expect(reasonOf(run('社会救助综合改革试点街道共有低保对象845人。'), 845)).toEqual(['sub_region']);
    expect(ids('全区两个示范镇共有养老床位410张。')).toEqual([]);
    expect(ids('全区3个试点社区共建成家庭养老床位115张。')).toEqual([]);
  });
});

describe('one institution named by 该/新建成的', () => {
  test('该中心… / 新建成的区养老服务中心…', () => {
    expect(reasonOf(run('该中心全年为老年人提供助餐服务3.5万人次。'), 3.5)).toEqual(['subset']);
    expect(ids('新建成的区养老服务中心设置床位580张,其中护理型床位405张。')).toEqual([]);
  });
});

describe('a peak or one instalment', () => {
  test('最多时 / 单月最高 / 每次约A万元', () => {
    expect(reasonOf(run('全区低保对象最多时达到6150人。'), 6150)).toEqual(['partial']);
    expect(ids('全区临时救助单月最高达410人次。')).toEqual([]);
    expect(reasonOf(run('全区特困人员供养金每季度发放一次,每次约515万元。'), 515)).toEqual(['partial']);
  });
});

describe('the share one level keeps', () => {
  test('福彩公益金本级留成A万元', () => {
    expect(reasonOf(run('全区福彩公益金本级留成2790万元。'), 2790)).toEqual(['subset']);
    expect(ids('全年福利彩票销售4.1亿元,筹集公益金1.23亿元。')).toEqual([['lottery_sales', 4.1], ['lottery_welfare_fund', 1.23]]);
  });
});

describe('a programme\'s people among the disabled or the old', () => {
  test('残疾人中,享受低保的A人 / 老年人中,享受低保的B人', () => {
    expect(reasonOf(run('全区残疾人中,享受低保的3050人。'), 3050)).toEqual(['subset']);
    expect(ids('全区老年人中,享受低保的1790人。')).toEqual([]);
  });
});
