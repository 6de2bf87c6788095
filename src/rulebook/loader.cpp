#include "rulebook/loader.h"

#include <algorithm>
#include <fstream>
#include <sstream>
#include <toml++/toml.h>

#include "rulebook/annotations.h"
#include "rulebook/parser.h"

namespace nc::rulebook {
namespace {

constexpr std::uintmax_t kMaxFile = 16u << 20;

Result<std::string> read_file(const std::filesystem::path& path) {
  std::error_code ec;
  const auto size = std::filesystem::file_size(path, ec);
  if (ec) return Status::NotFound(path.string() + ": " + ec.message());
  if (size > kMaxFile) return Status::Invalid(path.string() + ": larger than 16 MiB");
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::NotFound(path.string() + ": cannot be opened");
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

bool valid_iso_date(const std::string& d) {
  if (d.size() != 10 || d[4] != '-' || d[7] != '-') return false;
  for (size_t i : {0, 1, 2, 3, 5, 6, 8, 9})
    if (d[i] < '0' || d[i] > '9') return false;
  const int month = std::stoi(d.substr(5, 2)), day = std::stoi(d.substr(8, 2));
  return month >= 1 && month <= 12 && day >= 1 && day <= 31;
}

bool valid_id(const std::string& id) {
  if (id.empty() || id.size() > 64) return false;
  return std::all_of(id.begin(), id.end(), [](char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-'; });
}

}  // namespace

Result<Rulebook> build(const RulebookSource& source) {
  if (!valid_id(source.id)) return Status::Invalid("rulebook id must be 1-64 of a-z, 0-9 and -: \"" + source.id + "\"");
  if (!source.effective_date.empty() && !valid_iso_date(source.effective_date))
    return Status::Invalid("effective_date must be YYYY-MM-DD: \"" + source.effective_date + "\"");
  auto parsed = parse(source.text);
  if (!parsed) return parsed.status();
  Rulebook book = std::move(parsed).value();
  book.id = source.id;
  book.version = source.version;
  book.effective_date = source.effective_date;
  if (!source.annotations.empty()) {
    if (Status s = apply_annotations(source.annotations, &book); !s.ok()) return s;
  }
  return book;
}

Result<RulebookSource> read_source(const std::filesystem::path& metadata) {
  auto meta_text = read_file(metadata);
  if (!meta_text) return meta_text.status();
  toml::table meta;
  try {
    meta = toml::parse(*meta_text, metadata.string());
  } catch (const toml::parse_error& e) {
    return Status::Invalid(metadata.string() + ":" + std::to_string(e.source().begin.line) + ": " + std::string(e.description()));
  }
  RulebookSource src;
  src.id = meta["id"].value_or(std::string());
  src.version = meta["version"].value_or(std::string());
  src.effective_date = meta["effective_date"].value_or(std::string());
  const std::string text_name = meta["text"].value_or(std::string());
  if (src.id.empty() || text_name.empty()) return Status::Invalid(metadata.string() + ": needs id and text");
  const auto dir = metadata.parent_path();
  // Companion files must sit beside the metadata: no paths out of the directory.
  auto companion = [&](const std::string& name) -> Result<std::string> {
    if (name.find('/') != std::string::npos || name.find('\\') != std::string::npos || name == ".." || name == ".")
      return Status::Invalid(metadata.string() + ": \"" + name + "\" must be a file name in the same directory");
    return read_file(dir / name);
  };
  auto text = companion(text_name);
  if (!text) return text.status();
  src.text = std::move(text).value();
  if (const auto ann = meta["annotations"].value<std::string>()) {
    auto a = companion(*ann);
    if (!a) return a.status();
    src.annotations = std::move(a).value();
  }
  return src;
}

Result<std::vector<RulebookSource>> read_directory(const std::filesystem::path& dir) {
  std::error_code ec;
  std::vector<std::filesystem::path> metas;
  for (std::filesystem::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
    const std::string name = it->path().filename().string();
    if (it->is_regular_file() && name.size() > 5 && name.ends_with(".toml") && !name.ends_with(".annotations.toml"))
      metas.push_back(it->path());
  }
  if (ec) return Status::NotFound(dir.string() + ": " + ec.message());
  std::sort(metas.begin(), metas.end());
  std::vector<RulebookSource> out;
  for (const auto& m : metas) {
    auto src = read_source(m);
    if (!src) return src.status();
    out.push_back(std::move(src).value());
  }
  return out;
}

}  // namespace nc::rulebook
