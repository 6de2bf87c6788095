// pii.cn_uscc: unified social credit codes of organisations (GB 32100-2015),
// 18 characters with a valid check character and administrative division.
// Organisations' codes are public registrations, hence the low severity: the
// finding reminds the author that a code links a post to an organisation.
#include "check/checksums.h"
#include "check/context.h"
#include "check/detectors/detectors.h"

namespace nc::check {
namespace {

// [1-9a-hj-npqrtuwxy]: the registration authority.
bool first_char(char c) {
  if (c >= '1' && c <= '9') return true;
  if (c < 'a' || c > 'y') return false;
  return c != 'i' && c != 'o' && c != 's' && c != 'v' && c != 'z';
}

class CnUscc final : public Detector {
 public:
  std::string_view id() const override { return "pii.cn_uscc"; }
  Severity severity() const override { return Severity::Low; }
  std::string_view topic() const override { return "personal_data"; }
  std::string_view title() const override { return "统一社会信用代码"; }
  std::string_view suggestion() const override {
    return "文中有统一社会信用代码。单位代码虽可公开查询，但与内部事项一同发布可能暴露单位信息；请确认确需公开，不需要时删除，或只保留末四位。";
  }
  std::optional<std::string> mask(std::string_view original) const override {
    const size_t n = count_symbols(original);
    return n <= 4 ? mask_all(original) : mask_symbols(original, 0, n - 4);
  }
  std::vector<Pattern> patterns() const override {
    // Run only where a number begins (Anchor::kNumberStart): a code
    // that starts with a digit from there, one that starts with a letter
    // (n, y, a …) from its second character, validate() taking in the letter.
    return {{"[1-9][1-9][0-9]{6}[0-9a-hj-npqrtuwxy]{10}", Anchor::kNumberStart},
            {"[1-9][0-9]{6}[0-9a-hj-npqrtuwxy]{10}", Anchor::kNumberStart}};
  }

  std::optional<Span> validate(std::string_view text, Span m, size_t pattern) const override {
    if (pattern == 1) {
      if (m.start == 0 || is_digit(text[m.start - 1]) || !first_char(text[m.start - 1])) return std::nullopt;
      --m.start;
    }
    if (!bounded(text, m, true)) return std::nullopt;
    if (m.end - m.start != 18) return std::nullopt;
    if (!valid_uscc(text.substr(m.start, 18))) return std::nullopt;
    return m;
  }
};

}  // namespace

std::unique_ptr<Detector> make_cn_uscc() { return std::make_unique<CnUscc>(); }

}  // namespace nc::check
