// Word processing documents (.docx): body, headers, footers, footnotes,
// endnotes and comments, in reading order, plus what a reader does not see:
// tracked changes (w:ins, w:del, w:moveFrom, w:moveTo), hidden text
// (w:vanish) and comments, each reported as doc.hidden_content.
#include <algorithm>
#include <vector>

#include "check/extract/ooxml_package.h"

namespace nc::check::extract {
namespace {

bool on_off(const pugi::xml_node& n) {
  if (!n) return false;
  const std::string_view v = attr(n, "val");
  return v.empty() || (v != "0" && v != "false" && v != "off");
}

// A run (w:r) is hidden when its properties carry w:vanish.
bool hidden_run(const pugi::xml_node& r) { return on_off(child(child(r, "rPr"), "vanish")); }

struct Change {
  const char* zh;  // description
  std::string author;
  std::string text;
};

// One WordprocessingML part ("story"): the body or a header, footer, ...
class StoryReader {
 public:
  StoryReader(Extraction& ex, std::string part) : ex_(ex), part_(std::move(part)) {}

  Status read(const pugi::xml_node& root) {
    walk(
        root, [this](const pugi::xml_node& n) { return enter(n); }, [this](const pugi::xml_node& n) { leave(n); });
    NC_EXTRACT_TRY(ex_.add_part(part_, std::move(body_)));
    NC_EXTRACT_TRY(ex_.add_part(part_ + "（隐藏文字）", std::move(hidden_all_)));
    return ex_.add_part(part_ + "（修订中删除的文字）", std::move(deleted_));
  }

 private:
  bool enter(const pugi::xml_node& n) {
    if (n.type() != pugi::node_element) return false;
    const std::string_view name = local_name(n);
    // Properties hold no text; field instructions are codes, not content.
    if (name == "rPr" || name == "pPr" || name == "sectPr" || name == "tblPr" || name == "trPr" || name == "tcPr" ||
        name == "instrText" || name == "delInstrText")
      return false;
    if (name == "del" || name == "moveFrom") {
      ++in_deleted_;
      changes_.push_back({"修订痕迹：删除的文字", std::string(attr(n, "author")), {}});
    } else if (name == "ins" || name == "moveTo") {
      changes_.push_back({"修订痕迹：插入的文字", std::string(attr(n, "author")), {}});
    } else if (name == "r") {
      if (hidden_run(n)) ++in_hidden_;
    } else if (name == "t" || name == "delText") {
      emit(n.text().get());
    } else if (name == "tab") {
      emit("\t");
    } else if (name == "br" || name == "cr") {
      emit("\n");
    }
    return true;
  }

  void leave(const pugi::xml_node& n) {
    if (n.type() != pugi::node_element) return;
    const std::string_view name = local_name(n);
    if (name == "p") {
      emit("\n");
      if (hidden_para_.find_first_not_of(" \t\n") != std::string::npos)
        ex_.add_meta(meta::kHiddenText, part_, "隐藏文字（设置为不显示的文字）", hidden_para_);
      hidden_para_.clear();
    } else if (name == "r") {
      if (hidden_run(n)) --in_hidden_;
    } else if (name == "del" || name == "moveFrom" || name == "ins" || name == "moveTo") {
      if (name == "del" || name == "moveFrom") --in_deleted_;
      if (!changes_.empty()) {
        Change c = std::move(changes_.back());
        changes_.pop_back();
        std::string desc = c.zh;
        if (!c.author.empty()) desc += "（修订者：" + excerpt(c.author, 60) + "）";
        ex_.add_meta(meta::kTrackedChange, part_, std::move(desc), c.text);
        if (!changes_.empty()) changes_.back().text += c.text;
      }
    }
  }

  void emit(std::string_view s) {
    if (!changes_.empty()) changes_.back().text += s;
    if (in_deleted_ > 0) {
      deleted_ += s;
    } else if (in_hidden_ > 0) {
      hidden_para_ += s;
      hidden_all_ += s;
    } else {
      body_ += s;
      if (s == "\n") {
        end_line(hidden_all_);
        end_line(deleted_);
      }
    }
  }

  static void end_line(std::string& s) {
    if (!s.empty() && s.back() != '\n') s += '\n';
  }

  Extraction& ex_;
  std::string part_;
  std::string body_, hidden_all_, hidden_para_, deleted_;
  std::vector<Change> changes_;
  int in_deleted_ = 0;
  int in_hidden_ = 0;
};

Status read_story(Package& pkg, const std::string& part) {
  pugi::xml_document doc;
  if (Status s = pkg.load(part, doc); !s.ok()) return s.code() == Code::kNotFound ? Status::Ok() : s;
  return StoryReader(pkg.ex(), part).read(doc);
}

Status read_comments(Package& pkg, const std::string& part) {
  pugi::xml_document doc;
  if (Status s = pkg.load(part, doc); !s.ok()) return s.code() == Code::kNotFound ? Status::Ok() : s;
  int number = 0;
  for (const pugi::xml_node& c : doc.document_element().children()) {
    if (local_name(c) != "comment") continue;
    ++number;
    std::string text;
    walk(
        c,
        [&](const pugi::xml_node& n) {
          const std::string_view name = local_name(n);
          if (name == "t") text += n.text().get();
          if (name == "tab") text += '\t';
          if (name == "br") text += '\n';
          return name != "rPr" && name != "pPr";
        },
        [&](const pugi::xml_node& n) {
          if (local_name(n) == "p") text += '\n';
        });
    std::string location = "批注 " + std::to_string(number);
    std::string desc = "批注";
    if (const std::string_view author = attr(c, "author"); !author.empty())
      desc += "（批注者：" + excerpt(author, 60) + "）";
    pkg.ex().add_meta(meta::kComment, location, std::move(desc), text);
    NC_EXTRACT_TRY(pkg.ex().add_part(std::move(location), std::move(text)));
  }
  return Status::Ok();
}

}  // namespace

Status read_wordprocessing(Package& pkg, const std::string& main_part) {
  NC_EXTRACT_TRY(read_story(pkg, main_part));
  Result<std::vector<Relationship>> rels = pkg.relationships(main_part);
  if (!rels.ok()) return rels.status();
  // Headers and footers by name, so the order is stable: header1, header2, ...
  std::vector<std::string> stories, comments;
  for (const Relationship& r : *rels) {
    if (r.target.empty()) continue;
    if (type_is(r, "header") || type_is(r, "footer") || type_is(r, "footnotes") || type_is(r, "endnotes"))
      stories.push_back(r.target);
    else if (type_is(r, "comments"))
      comments.push_back(r.target);
  }
  std::sort(stories.begin(), stories.end());
  stories.erase(std::unique(stories.begin(), stories.end()), stories.end());
  for (const std::string& s : stories) NC_EXTRACT_TRY(read_story(pkg, s));
  for (const std::string& c : comments) NC_EXTRACT_TRY(read_comments(pkg, c));
  return Status::Ok();
}

}  // namespace nc::check::extract
