// pii.cn_passport: passport numbers of the People's Republic of China:
// ordinary passports E12345678, EA1234567, G12345678 are found on their own;
// diplomatic, service and official passports (D, S, P, DE, SE, PE + digits),
// shorter and easily confused with part numbers, only with 护照 on the line.
#include "check/context.h"
#include "check/detectors/detectors.h"

namespace nc::check {
namespace {

class CnPassport final : public Detector {
 public:
  std::string_view id() const override { return "pii.cn_passport"; }
  Severity severity() const override { return Severity::High; }
  std::string_view topic() const override { return "personal_data"; }
  std::string_view title() const override { return "护照号码"; }
  std::string_view suggestion() const override {
    return "文中有护照号码，属于个人敏感信息。发布前请删除或遮盖；涉及因公出国（境）证件信息的，不得在网上公开。";
  }
  std::vector<Pattern> patterns() const override {
    return {{"e[a-hj-np-z][0-9]{7}|[eg][0-9]{8}"}, {"(?:de|se|pe|d|s|p)[0-9]{7,8}"}};
  }
  Exclusivity exclusivity() const override { return {true, 1}; }

  std::optional<Span> validate(std::string_view text, Span m, size_t pattern) const override {
    if (!bounded(text, m, true)) return std::nullopt;
    if (pattern == 1 && !line_mentions(text, m.start, "护照")) return std::nullopt;
    return m;
  }
};

}  // namespace

std::unique_ptr<Detector> make_cn_passport() { return std::make_unique<CnPassport>(); }

}  // namespace nc::check
