// The audit log for auditors, filtered to their scope:
//   GET /api/v1/audit?limit=&after=&actor=&action=&org=&from=&to= — newest
//     first, a page at a time (limit 1–200, default 50; `next` is the cursor
//     of the next page, null at the end; `total` counts every match), each
//     entry with its action, actor and target named for people;
//   GET /api/v1/audit/export?… — the same filters as an .xlsx, every entry,
//     streamed (a sheet per 1,048,575 entries, Excel's limit);
//   GET /api/v1/audit/verify[?after=CURSOR] — the hash chain checked a piece
//     of kVerifyChunk entries per request, against the stored checkpoints;
//   GET /api/v1/audit/checkpoints — the signed checkpoints, to keep elsewhere.
#include <algorithm>
#include <charconv>
#include <functional>

#include "domain/audit_actions.h"
#include "domain/audit_actor.h"
#include "domain/audit_chain.h"
#include "domain/date.h"
#include "domain/export_table.h"
#include "server/access/audit_note.h"
#include "server/handlers/audit_json.h"
#include "server/handlers/routes.h"
#include "server/handlers/xlsx_file_source.h"
#include "spreadsheet/xlsx_writer.h"

namespace nc::server::handlers {
namespace {

using nlohmann::json;

constexpr std::size_t kPageDefault = 50;
constexpr std::size_t kPageMax = 200;
// Entries on one sheet of the export: what Excel opens (1,048,576 rows) below the header.
constexpr std::size_t kRowsPerSheet = 1'048'575;
constexpr std::size_t kExportChunk = 1000;   // read from the store at a time
constexpr std::size_t kVerifyChunk = 20000;  // entries verified per request

// Midnight of an ISO date in the clock's time zone, in UTC microseconds.
std::optional<std::int64_t> day_start_us(const std::string& text, const Clock& clock) {
  auto d = domain::parse_date(text);
  if (!d) return std::nullopt;
  // Days from civil (Howard Hinnant's algorithm).
  int y = d->year - (d->month <= 2);
  const int era = (y >= 0 ? y : y - 399) / 400;
  const unsigned yoe = static_cast<unsigned>(y - era * 400);
  const unsigned m = static_cast<unsigned>(d->month);
  const unsigned doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + static_cast<unsigned>(d->day) - 1;
  const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  const long long days = static_cast<long long>(era) * 146097 + static_cast<long long>(doe) - 719468;
  const std::int64_t utc_midnight = days * 86400LL * 1000000LL;
  return utc_midnight - clock.zone().offset_us(utc_midnight);
}

std::optional<std::uint64_t> parse_number(std::string_view s, std::size_t max_digits = 19) {
  std::uint64_t v = 0;
  auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
  if (s.empty() || s.size() > max_digits || ec != std::errc() || end != s.data() + s.size()) return std::nullopt;
  return v;
}

// Where the reader may look in the log: the organisations whose audit log
// authorize() lets them read, as the tops of their subtrees (an auditor's
// grant covers a subtree), and entries about no organisation when one of
// those is a root.
struct Scope {
  bool any = false;
  bool everything = false;  // every root: no scope clause at all
  std::vector<domain::OrgId> tops;
  bool unscoped = false;
};

Scope scope_of(const App& s, const domain::Actor& actor) {
  return s.directory->read([&](const domain::OrgTree& tree, const domain::Roster&) {
    Scope out;
    auto allowed = [&tree, actor](domain::OrgId org) {
      return domain::authorize(actor, domain::Action::kAuditRead, domain::Target::audit_log(tree.ancestry(org)))
          .allowed;
    };
    std::size_t roots_allowed = 0;
    for (domain::OrgId root : tree.roots()) roots_allowed += allowed(root);
    // The tops: for each grant's organisation, itself when allowed and its
    // parent is not (grants are few; the tree is not walked whole).
    for (const domain::RoleGrant& g : actor.grants) {
      const domain::Organisation* o = tree.find(g.org);
      if (!o || !allowed(o->id)) continue;
      if (o->parent && allowed(*o->parent)) continue;
      if (std::find(out.tops.begin(), out.tops.end(), o->id) == out.tops.end()) out.tops.push_back(o->id);
      if (!o->parent) out.unscoped = true;
    }
    out.any = !out.tops.empty();
    out.everything = roots_allowed > 0 && roots_allowed == tree.roots().size();
    return out;
  });
}

// Parses the filters shared by the list and the export; an error answer when
// one is malformed or names an organisation outside the reader's scope.
struct Parsed {
  store::AuditFilter filter;
  std::string described;  // the filters set, in words, for the audit entry of the read
  std::optional<Response> error;
};

Parsed parse_filters(const App& s, const Request& r, const domain::Actor& actor, const Scope& scope) {
  Parsed p;
  store::AuditFilter& f = p.filter;
  if (!scope.everything) {
    f.scopes = scope.tops;
    f.unscoped = scope.unscoped;
  }
  auto fail = [&](std::string_view message) {
    p.error = Response::bad_request(message);
    return p;
  };
  if (auto a = r.query_param("actor"); a && !a->empty()) {
    if (a->size() > 64) return fail("操作人应为登录名");
    auto user = s.store->find_user_by_login(*a);
    if (!user.ok()) {
      p.error = Response::from(user.status());
      return p;
    }
    // An unknown login matches nothing (a prefix no account has).
    f.actor_prefix = *user ? domain::audit_actor_prefix((*user)->user.id) : "user:0 (";
    p.described += "；操作人 " + *a;
  }
  if (auto a = r.query_param("action"); a && !a->empty()) {
    if (!domain::audit_action_name(*a)) return fail("没有这种操作");
    f.action = *a;
    p.described += "；操作 " + std::string(*domain::audit_action_name(*a));
  }
  if (auto o = r.query_param("org"); o && !o->empty()) {
    auto id = parse_number(*o, 10);
    if (!id || *id == 0 || *id > 0xFFFFFFFFu) return fail("党组织应为编号");
    const bool ok = s.directory->read([&](const domain::OrgTree& tree, const domain::Roster&) {
      const domain::Organisation* org = tree.find(domain::OrgId{static_cast<std::uint32_t>(*id)});
      return org &&
             domain::authorize(actor, domain::Action::kAuditRead, domain::Target::audit_log(tree.ancestry(org->id)))
                 .allowed;
    });
    if (!ok) {
      p.error = Response::error(Code::kForbidden, "无权查看该党组织的审计日志");
      return p;
    }
    f.org = domain::OrgId{static_cast<std::uint32_t>(*id)};
    p.described += "；党组织 " + s.directory->read([&](const domain::OrgTree& tree, const domain::Roster&) {
      const domain::Organisation* org = tree.find(*f.org);
      return org ? org->name : *o;
    }) + "（含下级）";
  }
  if (auto from = r.query_param("from"); from && !from->empty()) {
    f.from_us = day_start_us(*from, s.clock);
    if (!f.from_us) return fail("开始日期应为 YYYY-MM-DD");
    p.described += "；" + *from + " 起";
  }
  if (auto to = r.query_param("to"); to && !to->empty()) {
    auto start = day_start_us(*to, s.clock);
    if (!start) return fail("结束日期应为 YYYY-MM-DD");
    f.to_us = *start + 86400LL * 1000000LL - 1;
    p.described += "；至 " + *to;
  }
  if (f.from_us && f.to_us && *f.from_us > *f.to_us) return fail("开始日期不能晚于结束日期");
  if (!p.described.empty()) p.described = "筛选：" + p.described.substr(std::string_view("；").size());
  return p;
}

bool visible_org(const domain::OrgTree& tree, const domain::Actor& actor, domain::OrgId org) {
  return domain::authorize(actor, domain::Action::kAuditRead, domain::Target::audit_log(tree.ancestry(org))).allowed;
}

// Checkpoints and verification cover the whole chain, entries about no
// organisation included, so they are for auditors whose grant is on a root.
bool on_a_root(const App& s, const domain::Actor& actor) {
  return s.directory->read([&](const domain::OrgTree& tree, const domain::Roster&) {
    for (domain::OrgId root : tree.roots()) {
      if (visible_org(tree, actor, root)) return true;
    }
    return false;
  });
}

Response list(const App& s, const Request& r) {
  const domain::Actor actor = actor_of(r);
  const Scope scope = scope_of(s, actor);
  if (!scope.any) return Response::error(Code::kForbidden);
  std::size_t limit = kPageDefault;
  if (auto l = r.query_param("limit")) {
    auto v = parse_number(*l, 3);
    if (!v || *v < 1 || *v > kPageMax) return Response::bad_request("limit 应为 1 到 200 之间的整数");
    limit = *v;
  }
  Parsed p = parse_filters(s, r, actor, scope);
  if (p.error) return std::move(*p.error);
  if (auto after = r.query_param("after")) {
    auto seq = parse_number(*after);
    if (!seq || *seq == 0) return Response::bad_request("after 应为上一页答复中的 next");
    p.filter.before_seq = *seq;
  }
  p.filter.limit = limit + 1;  // one more tells whether another page follows
  auto page = s.store->list_audit(p.filter);
  if (!page.ok()) return Response::from(page.status());
  const bool more = page->size() > limit;
  if (more) page->resize(limit);
  auto total = s.store->count_audit(p.filter);
  if (!total.ok()) return Response::from(total.status());
  auto names = AuditNames::load(s, *page);
  if (!names.ok()) return Response::from(names.status());

  json entries = json::array();
  s.directory->read([&](const domain::OrgTree& tree, const domain::Roster& roster) {
    auto visible = [&](domain::OrgId o) { return visible_org(tree, actor, o); };
    for (const auto& a : *page) entries.push_back(names->entry(a, tree, roster, actor, visible));
  });
  // Every page read is written, with where it started (a client could
  // otherwise read on from a cursor of its own unnoticed).
  std::string detail = p.described;
  if (p.filter.before_seq) {
    detail +=
        (detail.empty() ? "" : "；") + std::string("第 ") + std::to_string(*p.filter.before_seq) + " 条之前的一页";
  }
  auto note = access::audit_note(r, s.clock, "audit.read", "audit", std::nullopt, std::nullopt, detail);
  if (Status st = s.store->append_audit(note); !st.ok()) return Response::from(st);
  json actions = json::array();
  for (const auto& a : domain::kAuditActions) actions.push_back({{"id", a.id}, {"name", a.name}});
  const bool root = on_a_root(s, actor);
  return Response::json(
      200, {{"entries", entries},
            {"next", more ? json(std::to_string(page->back().entry.seq)) : json(nullptr)},
            {"total", *total},
            {"actions", actions},
            {"may", {{"export", true}, {"checkpoints", root && s.checkpoints != nullptr}, {"verify", root}}}});
}

// "2026-12-07 09:15:03" in the clock's time zone.
std::string local_time(const Clock& clock, std::int64_t us) {
  std::string t = iso_time(us + clock.zone().offset_us(us));
  if (t.size() >= 19) {
    t.resize(19);
    t[10] = ' ';
  }
  return t;
}

// The shape of a sheet of the export: the first 审计日志, then 审计日志（续2）…
domain::ExportTable export_shape(std::size_t sheet) {
  domain::ExportTable shape;
  shape.sheet_name = sheet == 1 ? std::string("审计日志") : "审计日志（续" + std::to_string(sheet) + "）";
  shape.header = {"序号", "时间", "操作人", "角色", "操作", "对象", "来源", "详情", "操作代码"};
  shape.date_column.assign(shape.header.size(), false);
  return shape;
}

// Every entry the filters select, newest first, read from the store
// kExportChunk at a time and written row by row into the workbook
// (XlsxWriter, constant memory), which then goes out in pieces
// (XlsxFileSource): nothing is capped. A sheet holds what Excel opens
// (kRowsPerSheet entries below its header); the entries after continue on
// the next sheet, 审计日志（续2）, and so on.
Response export_xlsx(const App& s, const Request& r) {
  const domain::Actor actor = actor_of(r);
  const Scope scope = scope_of(s, actor);
  if (!scope.any) return Response::error(Code::kForbidden);
  Parsed p = parse_filters(s, r, actor, scope);
  if (p.error) return std::move(*p.error);
  auto writer = spreadsheet::XlsxWriter::open(export_shape(1));
  if (!writer.ok()) return Response::from(writer.status());
  SheetedRows sheets(**writer, export_shape, kRowsPerSheet);
  p.filter.limit = kExportChunk;
  while (true) {
    auto page = s.store->list_audit(p.filter);
    if (!page.ok()) return Response::from(page.status());
    if (page->empty()) break;
    auto names = AuditNames::load(s, *page);
    if (!names.ok()) return Response::from(names.status());
    std::vector<std::vector<std::string>> rows;
    rows.reserve(page->size());
    s.directory->read([&](const domain::OrgTree& tree, const domain::Roster& roster) {
      auto visible = [&](domain::OrgId o) { return visible_org(tree, actor, o); };
      for (const auto& a : *page) {
        const auto who = names->actor(a.entry.actor, roster);
        rows.push_back({std::to_string(a.entry.seq), local_time(s.clock, a.entry.time_us), who.name, who.roles,
                        action_name_or_id(a.entry.action),
                        names->target(a.entry.target, tree, roster, actor, visible), a.entry.origin, a.entry.detail,
                        a.entry.action});
      }
    });
    for (const auto& row : rows) {
      if (Status st = sheets.add(row); !st.ok()) return Response::from(st);
    }
    p.filter.before_seq = page->back().entry.seq;
    if (page->size() < kExportChunk) break;
  }
  if (Status st = (*writer)->finish(); !st.ok()) return Response::from(st);
  // Written before the bytes go out, with how many entries they hold.
  auto note = access::audit_note(
      r, s.clock, "audit.export", "audit", std::nullopt, std::nullopt,
      (p.described.empty() ? "" : p.described + "；") + "共 " + std::to_string(sheets.rows()) + " 条");
  if (Status st = s.store->append_audit(note); !st.ok()) return Response::from(st);
  return Response::attachment(std::make_shared<XlsxFileSource>(std::move(*writer)), Response::kXlsxType,
                              "audit-log.xlsx", "审计日志.xlsx");
}

// The chain checked kVerifyChunk entries at a time: each request verifies
// the entries after the cursor as the continuation of the (seq, hash) the
// cursor carries — the last entry the previous request checked — against
// the stored checkpoints in that range (and, on the last piece, those past
// the end: a truncated tail). Time and memory per request follow the chunk,
// not the log; the page drives the requests and shows the progress. The
// cursor is the client's: a forged one only makes that client's own check
// start elsewhere. The verification is written to the log once, at its start.
Response verify(const App& s, const Request& r) {
  const domain::Actor actor = actor_of(r);
  if (!on_a_root(s, actor)) return Response::error(Code::kForbidden);
  domain::Checkpoint start = domain::kGenesis;
  if (auto after = r.query_param("after")) {
    const auto dot = after->find('.');
    auto seq = dot == std::string::npos ? std::nullopt : parse_number(after->substr(0, dot));
    auto hash = dot == std::string::npos ? std::nullopt : domain::parse_hex_hash(after->substr(dot + 1));
    if (!seq || *seq == 0 || !hash) return Response::bad_request("after 应为上一次答复中的 next");
    start = {*seq, *hash};
  } else {
    auto note = access::audit_note(r, s.clock, "audit.verify", "audit");
    if (Status st = s.store->append_audit(note); !st.ok()) return Response::from(st);
  }
  auto head = s.store->audit_head();
  if (!head.ok()) return Response::from(head.status());
  auto chunk = s.store->audit_chain_range(start.seq, kVerifyChunk);
  if (!chunk.ok()) return Response::from(chunk.status());
  std::size_t real = 0;  // entries read, not counting stand-ins for orphaned subject rows
  std::uint64_t last = start.seq;
  for (const auto& e : *chunk) {
    if (e.actor != "(audit_subjects rows without their entry)") {
      ++real;
      last = std::max(last, e.seq);
    }
  }
  const bool done = real < kVerifyChunk;
  auto stored = s.store->list_checkpoints();
  if (!stored.ok()) return Response::from(stored.status());
  std::vector<domain::Checkpoint> checkpoints;
  std::size_t bad_signatures = 0;
  for (const auto& c : *stored) {
    if (c.checkpoint.seq <= start.seq || (!done && c.checkpoint.seq > last)) continue;
    if (s.checkpoints && !domain::verify_checkpoint(c, s.checkpoints->public_key())) {
      ++bad_signatures;
      continue;
    }
    checkpoints.push_back(c.checkpoint);
  }
  const domain::VerifyReport report = domain::verify_chain(*chunk, start, checkpoints);
  json issues = json::array();
  for (const auto& i : report.issues) {
    issues.push_back(
        {{"kind", domain::issue_kind_id(i.kind)}, {"seq", i.seq}, {"last_seq", i.last_seq}, {"message", i.message}});
  }
  json next = nullptr;
  if (!done && !chunk->empty()) {
    // The last genuine entry of this piece is where the next one continues.
    const auto& tail =
        *std::find_if(chunk->rbegin(), chunk->rend(), [&](const domain::AuditEntry& e) { return e.seq == last; });
    next = std::to_string(tail.seq) + "." + domain::hex(tail.hash);
  }
  return Response::json(200, {{"from_seq", start.seq + 1},
                              {"to_seq", last},
                              {"head_seq", head->seq},
                              {"entries", real},
                              {"checkpoints", checkpoints.size()},
                              {"bad_signatures", bad_signatures},
                              {"issues", issues},
                              {"next", next}});
}

Response checkpoints(const App& s, const Request& r) {
  const domain::Actor actor = actor_of(r);
  if (!on_a_root(s, actor)) return Response::error(Code::kForbidden);
  if (!s.checkpoints) return Response::error(Code::kUnavailable, "服务器未配置审计签名密钥");
  // Logged first, then the head signed: what is downloaded covers everything
  // up to and including this download.
  auto note = access::audit_note(r, s.clock, "audit.checkpoints", "audit");
  if (Status st = s.store->append_audit(note); !st.ok()) return Response::from(st);
  auto taken = s.checkpoints->take();
  if (!taken.ok()) return Response::from(taken.status());
  auto kept = s.store->list_checkpoints();
  if (!kept.ok()) return Response::from(kept.status());
  const domain::PublicKey& key = s.checkpoints->public_key();
  if (r.query_param("format").value_or("") == "text") {
    return Response::attachment(domain::format_checkpoint_file(key, *kept), "text/plain; charset=utf-8",
                                "audit-checkpoints.txt", "审计签名检查点.txt");
  }
  json list = json::array();
  for (const auto& c : *kept) {
    list.push_back({{"seq", c.checkpoint.seq},
                    {"time", iso_time(c.time_us)},
                    {"hash", domain::hex(c.checkpoint.hash)},
                    {"signature", domain::signature_hex(c.signature)},
                    {"line", domain::format_checkpoint(c)}});
  }
  return Response::json(200, {{"public_key", domain::public_key_hex(key)}, {"checkpoints", list}});
}

}  // namespace

void add_audit_routes(Router& router, const Services& s) {
  router.get("/api/v1/audit", [s](const Request& r) { return list(*s, r); });
  router.get("/api/v1/audit/export", [s](const Request& r) { return export_xlsx(*s, r); });
  router.get("/api/v1/audit/verify", [s](const Request& r) { return verify(*s, r); });
  router.get("/api/v1/audit/checkpoints", [s](const Request& r) { return checkpoints(*s, r); });
}

}  // namespace nc::server::handlers
