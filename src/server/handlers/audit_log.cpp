// /api/v1/audit: the audit log for auditors, filtered to their scope; and
// /api/v1/audit/checkpoints: the signed checkpoints, to keep elsewhere.
#include <functional>
#include <unordered_set>

#include "domain/date.h"
#include "server/access/audit_note.h"
#include "server/handlers/routes.h"

namespace nc::server::handlers {
namespace {

using nlohmann::json;

// Midnight UTC of an ISO date, in microseconds.
std::optional<std::int64_t> day_start_us(const std::string& text) {
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
  return days * 86400LL * 1000000LL;
}

Response list(const App& s, const Request& r) {
  const domain::Actor actor = actor_of(r);
  store::AuditFilter filter;
  filter.actor = r.query_param("actor").value_or("");
  filter.action = r.query_param("action").value_or("");
  if (filter.actor.size() > 100 || filter.action.size() > 100) return Response::bad_request("筛选条件过长");
  if (auto from = r.query_param("from")) {
    filter.from_us = day_start_us(*from);
    if (!filter.from_us) return Response::bad_request("from 应为日期 YYYY-MM-DD");
  }
  if (auto to = r.query_param("to")) {
    auto start = day_start_us(*to);
    if (!start) return Response::bad_request("to 应为日期 YYYY-MM-DD");
    filter.to_us = *start + 86400LL * 1000000LL - 1;
  }
  std::size_t limit = 100;
  if (auto l = r.query_param("limit")) {
    limit = parse_id(*l);
    if (limit < 1 || limit > 500) return Response::bad_request("limit 应在 1 到 500 之间");
  }
  if (auto before = r.query_param("before")) filter.before_seq = parse_id(*before);

  // Which entries the caller may see: by the organisation each concerns;
  // entries about no organisation need a grant on a root.
  struct Scope {
    std::function<bool(const store::AuditRecord&)> visible;
    bool any = false;
  };
  Scope scope = s.directory->read([&](const domain::OrgTree& tree, const domain::Roster&) {
    auto allowed = [&](domain::OrgId org) {
      return domain::authorize(actor, domain::Action::kAuditRead, domain::Target::audit_log(tree.ancestry(org))).allowed;
    };
    Scope out;
    std::unordered_set<domain::OrgId> seen;
    bool on_root = false;
    for (const auto& o : tree.all()) {
      if (allowed(o.id)) {
        seen.insert(o.id);
        if (!o.parent) on_root = true;
      }
    }
    out.any = !seen.empty();
    out.visible = [seen, on_root](const store::AuditRecord& a) {
      return a.entry.scope ? seen.count(*a.entry.scope) > 0 : on_root;
    };
    return out;
  });
  if (!scope.any) return Response::error(Code::kForbidden);

  json entries = json::array();
  std::optional<std::uint64_t> next_before;
  filter.limit = 1000;
  while (entries.size() < limit) {
    auto page = s.store->list_audit(filter);
    if (!page.ok()) return Response::from(page.status());
    for (const auto& a : *page) {
      filter.before_seq = a.entry.seq;
      if (!scope.visible(a)) continue;
      entries.push_back({{"seq", a.entry.seq},
                         {"time", iso_time(a.entry.time_us)},
                         {"actor", a.entry.actor},
                         {"action", a.entry.action},
                         {"target", a.entry.target},
                         {"origin", a.entry.origin},
                         {"detail", a.entry.detail}});
      if (entries.size() == limit) {
        next_before = a.entry.seq;
        break;
      }
    }
    if (page->size() < filter.limit) break;
  }
  auto note = access::audit_note(r, s.clock, "audit.read", "audit", std::nullopt, std::nullopt,
                                 "actor=" + filter.actor + " action=" + filter.action);
  if (Status st = s.store->append_audit(note); !st.ok()) return Response::from(st);
  return Response::json(200, {{"entries", entries}, {"next_before", next_before ? json(*next_before) : json(nullptr)}});
}

// Checkpoints cover the whole chain, entries about no organisation included,
// so they are for auditors whose grant is on a root (as those entries are).
Response checkpoints(const App& s, const Request& r) {
  const domain::Actor actor = actor_of(r);
  const bool allowed = s.directory->read([&](const domain::OrgTree& tree, const domain::Roster&) {
    for (domain::OrgId root : tree.roots()) {
      if (domain::authorize(actor, domain::Action::kAuditRead, domain::Target::audit_log(tree.ancestry(root))).allowed) {
        return true;
      }
    }
    return false;
  });
  if (!allowed) return Response::error(Code::kForbidden);
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
    Response out;
    out.content_type = "text/plain; charset=utf-8";
    out.body = domain::format_checkpoint_file(key, *kept);
    out.headers.emplace_back("Cache-Control", "no-store");
    out.headers.emplace_back("Content-Disposition", "attachment; filename=\"audit-checkpoints.txt\"");
    return out;
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
  router.get("/api/v1/audit/checkpoints", [s](const Request& r) { return checkpoints(*s, r); });
}

}  // namespace nc::server::handlers
