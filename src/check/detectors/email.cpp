// pii.email: e-mail addresses (local@domain.tld), the whole address only.
#include "check/context.h"
#include "check/detectors/detectors.h"

namespace nc::check {
namespace {

bool local_char(char c) { return is_alnum(c) || c == '.' || c == '_' || c == '%' || c == '+' || c == '-'; }
bool domain_char(char c) { return is_alnum(c) || c == '-' || c == '_'; }

class Email final : public Detector {
 public:
  std::string_view id() const override { return "pii.email"; }
  Severity severity() const override { return Severity::Low; }
  std::string_view topic() const override { return "personal_data"; }
  std::string_view title() const override { return "电子邮箱"; }
  std::string_view suggestion() const override {
    return "文中有电子邮箱地址。公开他人邮箱须经本人同意；单位内部邮箱地址不宜公开发布。";
  }
  std::vector<Pattern> patterns() const override {
    // From the '@', run only at each '@' (Anchor::kAtSign); the local part
    // is taken by walking back in validate().
    return {{"@[a-z0-9-]+(?:\\.[a-z0-9-]+)*\\.[a-z]{2,24}", Anchor::kAtSign}};
  }

  std::optional<Span> validate(std::string_view text, Span m, size_t) const override {
    size_t start = m.start;
    while (start > 0 && m.start - start < 64 && local_char(text[start - 1])) --start;
    if (start == m.start || (start > 0 && local_char(text[start - 1]))) return std::nullopt;
    while (start < m.start && text[start] == '.') ++start;  // ".zhang@…" starts at z
    if (start == m.start) return std::nullopt;
    m.start = start;
    if (m.end < text.size() && domain_char(text[m.end])) return std::nullopt;
    // The local part must not end with '.', nor the domain have an empty label.
    const std::string_view s = text.substr(m.start, m.end - m.start);
    const size_t at = s.find('@');
    if (at == 0 || s[at - 1] == '.' || s.find("..") != std::string_view::npos) return std::nullopt;
    const std::string_view domain = s.substr(at + 1);
    if (domain.find(".-") != std::string_view::npos || domain.find("-.") != std::string_view::npos ||
        domain.front() == '-')
      return std::nullopt;
    return m;
  }
};

}  // namespace

std::unique_ptr<Detector> make_email() { return std::make_unique<Email>(); }

}  // namespace nc::check
