#include "corpus.h"

#include <array>
#include <random>

#include "check/checksums.h"

namespace nc::check::bench {
namespace {

constexpr std::array<const char*, 48> kPhrases = {
    "各位党员同志", "本周五下午三点", "在三楼会议室召开支部大会", "请准时参加", "学习贯彻党的二十届三中全会精神",
    "深入开展主题教育", "社区志愿服务活动圆满结束", "今天天气很好", "我们去公园散步", "网购的快递已经到了",
    "大家辛苦了", "会议纪要已上传共享盘", "请各支部于月底前报送材料", "年度工作总结和明年计划", "加强作风建设",
    "推进基层治理现代化", "群众反映的问题已经全部办结", "组织开展廉政教育", "春节前走访慰问困难党员", "图书馆周末开放",
    "孩子们在操场上踢足球", "这道菜的做法很简单", "高铁站人很多", "下雨了记得带伞", "周末一起去爬山吧",
    "数字经济发展迅速", "乡村振兴取得新成效", "生态环境持续改善", "科技创新是第一动力", "文化惠民工程深入推进",
    "會議資料請妥善保管", "這個週末一起吃飯", "歡迎大家踴躍報名", "學習心得請於下週提交", "新聞發佈會於今日舉行",
    "保密工作常抓不懈", "秘密花园主题展览开幕", "成功的秘密在于坚持", "机密文件管理培训", "内部管理制度修订",
    "Python 脚本已更新", "WiFi 密码贴在门口", "APP 新版本上线", "CPU 占用率偏高", "PPT 请提前发给我",
    "共享单车停放要规范", "早睡早起身体好", "读书使人进步"};
constexpr std::array<const char*, 6> kPunct = {"，", "。", "；", "！", "？", "、"};
constexpr std::array<const char*, 10> kIssuers = {"国办发", "京政发", "沪府办", "市委发", "粤府函",
                                                  "浙委办字", "苏政办发", "川办函", "县政发", "区委办发"};
constexpr std::array<const char*, 8> kMarks = {"秘密★1年", "机密★长期", "绝密★启用前", "机 密★5年",
                                               "機密★10年", "内部资料　注意保存", "（内部资料，注意保存）", "工作秘密"};
constexpr std::array<int, 10> kProvinces = {11, 31, 32, 33, 37, 41, 44, 51, 61, 65};
constexpr std::array<const char*, 24> kNameChars = {"天", "枢", "星", "火", "蓝", "盾", "金", "鹰", "青", "龙", "玄",
                                                    "武", "赤", "霄", "云", "海", "雷", "霆", "北", "斗", "长", "城", "昆", "仑"};
constexpr std::array<const char*, 6> kSuffix = {"工程", "计划", "平台", "系统", "行动", "项目"};

class Gen {
 public:
  explicit Gen(unsigned long long seed) : rng_(seed) {}
  size_t below(size_t n) { return static_cast<size_t>(rng_() % n); }
  std::string digits(int n) {
    std::string s;
    for (int i = 0; i < n; ++i) s += static_cast<char>('0' + below(10));
    return s;
  }

  std::string resident_id() {
    char buf[24];
    const int year = 1950 + static_cast<int>(below(60));
    std::snprintf(buf, sizeof buf, "%02d%04d%04d%02d%02d%03d", kProvinces[below(kProvinces.size())],
                  static_cast<int>(100 + below(9000)), year, static_cast<int>(1 + below(12)),
                  static_cast<int>(1 + below(28)), static_cast<int>(below(1000)));
    std::string s(buf, 17);
    return s + resident_id_check_char(s);
  }
  std::string card() {
    std::string s = "622202" + digits(12);
    return s + luhn_check_digit(s);
  }
  std::string mobile() { return "13" + std::to_string(below(10)) + digits(8); }

  std::string sensitive(const std::vector<std::string>& dictionary) {
    switch (below(10)) {
      case 9: return dictionary[below(dictionary.size())] + "进展顺利";
      case 0: return "身份证号：" + resident_id();
      case 1: return "联系电话" + mobile();
      case 2: return "卡号" + card();
      case 3: return "邮箱zhang" + digits(3) + "@example.gov.cn";
      case 4: return std::string(kIssuers[below(kIssuers.size())]) + "〔20" + digits(2) + "〕" +
                     std::to_string(1 + below(200)) + "号";
      case 5: return std::string("\n") + kMarks[below(kMarks.size())] + "\n";
      case 6: return "订单号" + digits(18);  // near miss
      case 7: return "流水号" + digits(16);   // near miss
      default: return "手机１３８" + std::string("１２３４５６７８");
    }
  }

 private:
  std::mt19937_64 rng_;
};

}  // namespace

std::vector<std::string> make_dictionary(size_t n, unsigned long long seed);

std::string make_corpus(size_t bytes, unsigned long long seed) {
  const std::vector<std::string> dictionary = make_dictionary(1000);
  Gen g(seed);
  std::string out;
  out.reserve(bytes + 256);
  size_t line = 0;
  while (out.size() < bytes) {
    out += kPhrases[g.below(kPhrases.size())];
    out += kPunct[g.below(kPunct.size())];
    const size_t r = g.below(100);
    if (r < 3) {
      out += g.sensitive(dictionary);
    } else if (r < 8) {
      out += std::to_string(2000 + g.below(26)) + "年" + std::to_string(1 + g.below(12)) + "月";
    } else if (r < 10) {
      out += "金额" + std::to_string(g.below(100000)) + "元";
    }
    if (++line % 4 == 0) out += '\n';
  }
  // Cut at a code point boundary.
  size_t cut = bytes;
  while (cut > 0 && (static_cast<unsigned char>(out[cut]) & 0xC0) == 0x80) --cut;
  out.resize(cut);
  return out;
}

std::vector<std::string> make_dictionary(size_t n, unsigned long long seed) {
  Gen g(seed);
  std::vector<std::string> out;
  for (size_t i = 0; i < n; ++i) {
    if (i % 10 == 9) {
      out.push_back("XK-" + std::to_string(100 + i));
      continue;
    }
    std::string t = std::string(kNameChars[g.below(kNameChars.size())]) + kNameChars[g.below(kNameChars.size())];
    if (g.below(2)) t += kNameChars[g.below(kNameChars.size())];
    t += kSuffix[g.below(kSuffix.size())];
    out.push_back(t);
  }
  return out;
}

}  // namespace nc::check::bench
