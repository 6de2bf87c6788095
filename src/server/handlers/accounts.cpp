// Getting people signed in (issue 9):
//   POST /api/v1/accounts/jobs?org=ID[&dry_run=1] — a committee administrator
//     opens an account, with a one-time activation code, for every member on
//     the roll of ORG's subtree who has none; a background job on the import
//     workers (server/access/import_jobs.h), polled at /api/v1/import/jobs/{id}.
//     Its slips (开通通知, .xlsx) are taken once from
//   GET /api/v1/import/jobs/{id}/file — then they are gone; the codes are
//     never stored (only their SHA-256) nor shown again.
//   GET /api/v1/members/search?q=&org= — at most 20 members in the caller's
//     scope (member.find) whose name or 党员编号 begins with q (or whose
//     党员编号 is q), to link an account; indexed queries in the store.
#include <algorithm>
#include <regex>
#include <unordered_map>
#include <unordered_set>

#include <sodium.h>

#include "domain/audit_actions.h"
#include "common/utf8.h"
#include "domain/columns.h"
#include "domain/log_text.h"
#include "server/access/activation.h"
#include "server/access/audit_note.h"
#include "server/handlers/import_run.h"
#include "server/handlers/people_json.h"
#include "server/handlers/routes.h"
#include "spreadsheet/xlsx_writer.h"

namespace nc::server::handlers {
namespace {

using nlohmann::json;

// One job opens at most this many accounts (one store transaction with an
// audit entry each); a larger subtree takes further runs, each answering how
// many remain.
constexpr std::size_t kMaxAccountsPerJob = 5000;
constexpr std::size_t kMaxSearchAnswers = 20;
constexpr std::size_t kMaxSearchQuery = 32;  // code points
constexpr const char* kLoginPath = "/login";

bool usable_login(const std::string& text) {
  static const std::regex kName("[A-Za-z0-9_.-]{3,32}");
  return std::regex_match(text, kName);
}

// The account name for a member: their 党员编号 when it is one a login can
// be, else "m" and the member's id; deterministic, and nothing the roster does
// not already hold.
std::string login_for(const domain::Member& m) {
  if (usable_login(m.number)) return m.number;
  return "m" + std::to_string(m.id.value);
}

struct Planned {
  domain::MemberId member;
  domain::OrgId org;
  std::string name, number, org_name, login;
};

struct ProvisionCall {
  domain::Actor actor;
  domain::OrgId org;
  bool dry_run = true;
  store::AuditRecord note;  // template: who, from where
};

access::JobResult error_result(Code code, const std::string& message) {
  return {http_status(code), {{"error", {{"code", code_name(code)}, {"message", message}}}}};
}

// Members are read from the store a page at a time (store::MemberPageQuery
// without_account: on the roll, no account linked), in the order of their
// organisations' paths, then by id, until kMaxAccountsPerJob are planned; the
// rest are counted, not read. Logins are checked against the store a page at
// a time too: nothing here grows with the size of the subtree.
access::JobResult provision(const App& s, const ProvisionCall& call, access::JobProgress& progress) {
  std::vector<Planned> planned;
  std::size_t remaining = 0;
  std::size_t skipped_count = 0;
  json skipped = json::array();
  std::string org_name;
  store::MemberPageQuery query;
  query.without_account = true;
  query.limit = 500;
  const bool found = s.directory->read([&](const domain::OrgTree& tree, const domain::Roster&) {
    const domain::Organisation* root = tree.find(call.org);
    if (!root) return false;
    org_name = root->name;
    for (const domain::Reach& part : domain::reach(call.actor, domain::Action::kAccountProvision, tree, call.org)) {
      query.scope.push_back({part.org, part.subtree});
    }
    return true;
  });
  if (!found) return error_result(Code::kNotFound, "党组织不存在");
  std::unordered_set<std::string> logins;  // planned in this run (at most kMaxAccountsPerJob)
  std::uint64_t total = 0;
  std::size_t done = 0;
  while (planned.size() < kMaxAccountsPerJob) {
    query.with_total = !query.after;
    auto page = s.store->member_page(query);
    if (!page.ok()) return error_result(page.status().code(), page.status().message());
    if (query.with_total) total = page->total;
    // Both logins each member could take, asked of the store at once.
    std::vector<std::string> candidates;
    for (const domain::Member& m : page->members) {
      candidates.push_back(login_for(m));
      candidates.push_back("m" + std::to_string(m.id.value));
    }
    auto taken_list = s.store->taken_logins(candidates);
    if (!taken_list.ok()) return error_result(taken_list.status().code(), taken_list.status().message());
    std::unordered_set<std::string> taken(taken_list->begin(), taken_list->end());
    std::vector<Planned> batch;
    s.directory->read([&](const domain::OrgTree& tree, const domain::Roster&) {
      for (const domain::Member& m : page->members) {
        progress.checking(++done, total);
        if (planned.size() + batch.size() >= kMaxAccountsPerJob) break;
        std::string login = login_for(m);
        if (taken.count(login) || logins.count(login)) login = "m" + std::to_string(m.id.value);
        if (taken.count(login) || logins.count(login)) {
          ++skipped_count;
          if (skipped.size() < 100) {
            skipped.push_back({{"number", m.number}, {"reason", "用户名 " + login + " 已被其他账号使用"}});
          }
          continue;
        }
        logins.insert(login);
        const domain::Organisation* o = tree.find(m.org);
        batch.push_back({m.id, m.org, m.name, m.number, o ? o->name : "", login});
      }
    });
    planned.insert(planned.end(), batch.begin(), batch.end());
    if (!page->next) break;
    query.after = page->next;
  }
  // The members left for a later run (counted, not read): those without an
  // account this run neither plans nor skips.
  remaining = static_cast<std::size_t>(total) > planned.size() + skipped_count
                  ? static_cast<std::size_t>(total) - planned.size() - skipped_count
                  : 0;
  if (call.dry_run) {
    return {200, {{"dry_run", true}, {"would_create", planned.size()}, {"remaining", remaining}, {"skipped", skipped}}};
  }
  if (planned.empty()) {
    return {200, {{"dry_run", false}, {"created", 0}, {"remaining", 0}, {"skipped", skipped}}};
  }

  const std::int64_t now = s.clock();
  domain::ExportTable slips;
  slips.sheet_name = "开通通知";
  slips.header = {"姓名", "党员编号", "党组织", "用户名", "激活码", "登录地址", "首次登录须知", "激活码有效期至"};
  slips.date_column.assign(slips.header.size(), false);
  const std::string expires = iso_time(now + access::kActivationValidityUs);
  std::vector<store::NewAccount> accounts;
  accounts.reserve(planned.size());
  for (const Planned& p : planned) {
    const std::string code = access::generate_activation_code();
    store::NewAccount a;
    a.user.user.login = p.login;
    a.user.user.member = p.member;
    a.user.created_us = now;
    a.activation.code_hash = access::activation_code_hash(*access::normalise_activation_code(code));
    a.activation.created_us = now;
    a.activation.expires_us = now + access::kActivationValidityUs;
    a.audit = call.note;
    a.audit.entry.action = domain::AuditAction("account.create").id();
    a.audit.entry.time_us = now;
    a.audit.entry.detail = "login=" + p.login + "; with activation code";
    a.audit.entry.scope = p.org;
    a.audit.entry.subject = p.member;
    accounts.push_back(std::move(a));
    slips.rows.push_back({p.name, p.number, p.org_name, p.login, code, kLoginPath,
                          "打开登录页，输入用户名，在“密码”处输入激活码，然后按提示设置您自己的密码（至少 12 "
                          "个字符）。激活码只能使用一次，请勿转交他人。",
                          expires});
  }
  progress.saving();
  auto file = spreadsheet::write_xlsx(slips);
  for (auto& row : slips.rows) sodium_memzero(row[4].data(), row[4].size());  // the codes live on in the file only
  if (!file.ok()) return error_result(Code::kExportFailed, "开通通知无法生成，未开通任何账号");
  store::AuditRecord summary = call.note;
  summary.entry.action = domain::AuditAction("account.provision").id();
  summary.entry.target = "org:" + std::to_string(call.org.value);
  summary.entry.time_us = now;
  summary.entry.detail = "count=" + std::to_string(accounts.size());
  summary.entry.scope = call.org;
  auto ids = s.store->create_accounts(accounts, summary);
  if (!ids.ok()) {
    if (ids.status().code() == Code::kConflict) {
      return error_result(Code::kConflict, "开通期间账号发生了变化，未开通任何账号，请重试");
    }
    return error_result(ids.status().code(), ids.status().message());
  }
  access::JobResult out{200,
                        {{"dry_run", false},
                         {"created", ids->size()},
                         {"remaining", remaining},
                         {"skipped", skipped},
                         {"org", {{"id", call.org.value}, {"name", org_name}}},
                         {"expires", expires}},
                        std::move(*file)};
  return out;
}

Response submit(const App& s, const Request& r) {
  if (!r.caller) return Response::error(Code::kUnauthenticated, "请先登录");
  const domain::OrgId org{parse_id(r.query_param("org").value_or(""))};
  if (!org.valid()) return Response::bad_request("请用 org 参数指定党组织");
  ProvisionCall call;
  call.actor = actor_of(r);
  call.org = org;
  call.dry_run = r.query_param("dry_run").value_or("") == "1";
  const std::optional<bool> allowed = s.directory->read([&](const domain::OrgTree& tree, const domain::Roster&) {
    if (!tree.find(org)) return std::optional<bool>();
    return std::optional<bool>(
        domain::authorize(call.actor, domain::Action::kAccountProvision, domain::org_target(tree, org)).allowed);
  });
  if (!allowed) return Response::not_found("党组织不存在");
  if (!*allowed) return Response::error(Code::kForbidden);
  call.note = access::audit_note(r, s.clock, "account.provision", "");
  auto services = std::make_shared<App>(s);
  services->import_jobs.reset();  // a job must not keep its own registry alive
  services->sessions.reset();
  auto job = s.import_jobs->submit(r.caller->user.id, "accounts", call.dry_run,
                                   [services, call](access::JobProgress& progress) {
                                     return provision(*services, call, progress);
                                   });
  if (!job.ok()) return Response::error(Code::kBusy, job.status().message());
  auto view = s.import_jobs->find(*job, r.caller->user.id);
  Response out = Response::json(202, {{"job", job_json(*view)}});
  out.headers.emplace_back("Location", "/api/v1/import/jobs/" + *job);
  return out;
}

Response take_file(const App& s, const Request& r) {
  if (!r.caller) return Response::error(Code::kUnauthenticated, "请先登录");
  auto file = s.import_jobs->take_file(r.param("id"), r.caller->user.id);
  if (!file) return Response::not_found("文件不存在、已下载或已过期");
  return Response::attachment(std::move(*file), Response::kXlsxType, "activation-slips.xlsx", "开通通知.xlsx");
}


Response search(const App& s, const Request& r) {
  const std::string q = r.query_param("q").value_or("");
  if (q.empty() || utf8::count(q) > kMaxSearchQuery || !utf8::valid(q)) {
    return Response::bad_request("请输入 1 到 32 个字的姓名或党员编号");
  }
  const auto org_text = r.query_param("org");
  const domain::OrgId org{parse_id(org_text.value_or(""))};
  if (org_text && !org.valid()) return Response::bad_request("org 应为党组织 id");
  const domain::Actor actor = actor_of(r);
  return s.directory->read([&](const domain::OrgTree& tree, const domain::Roster&) {
    if (org_text && !tree.find(org)) return Response::not_found("党组织不存在");
    if (org_text &&
        !domain::authorize(actor, domain::Action::kMemberFind, domain::org_target(tree, org)).allowed) {
      return Response::error(Code::kForbidden);
    }
    // The caller's scope as a few subtrees; the store finds the members by
    // its name and number indexes (store/page_records.h), never the roster.
    store::MemberSearch search;
    search.query = q;
    search.limit = kMaxSearchAnswers;
    bool audit = false;
    for (const domain::Reach& part :
         domain::reach(actor, domain::Action::kMemberFind, tree,
                       org_text ? std::optional<domain::OrgId>(org) : std::nullopt)) {
      search.scope.push_back({part.org, part.subtree});
      audit = audit || part.audit_this_read;
    }
    if (search.scope.empty()) return Response::error(Code::kForbidden);
    auto result = s.store->search_members(search);
    if (!result.ok()) return Response::from(result.status());
    std::vector<const domain::Member*> found;
    for (const auto& m : result->members) found.push_back(&m);
    const bool more = result->more;
    if (found.empty()) audit = false;
    if (audit) {
      std::string detail = "q=" + domain::escape_log_field(q) + "; answers=" + std::to_string(found.size());
      for (const auto* m : found) detail += " member:" + std::to_string(m->id.value);
      auto note = access::audit_note(r, s.clock, "member.find", org_text ? "org:" + std::to_string(org.value) : "",
                                     org_text ? std::optional<domain::OrgId>(org) : std::nullopt, std::nullopt, detail);
      // Each member shown sees in 我的记录 that they were found.
      for (const auto* m : found) note.entry.subjects.push_back(m->id);
      if (Status st = s.store->append_audit(note); !st.ok()) return Response::from(st);
    }
    json members = json::array();
    for (const auto* m : found) {
      const domain::Organisation* o = tree.find(m->org);
      // Whether the member can sign in (to name them approver, to link one): one unique-index read each.
      auto account = s.store->find_user_by_member(m->id);
      if (!account.ok()) return Response::from(account.status());
      members.push_back({{"id", m->id.value},
                         {"name", m->name},
                         {"number", m->number},
                         {"has_account", account->has_value()},
                         {"org", {{"id", m->org.value}, {"name", o ? o->name : ""}, {"code", o ? o->code : ""}}}});
    }
    return Response::json(200, {{"members", members}, {"more", more}});
  });
}

}  // namespace

void add_account_routes(Router& router, const Services& s) {
  router.add("POST", "/api/v1/accounts/jobs", [s](const Request& r) { return submit(*s, r); });
  router.get("/api/v1/import/jobs/{id}/file", [s](const Request& r) { return take_file(*s, r); });
  router.get("/api/v1/members/search", [s](const Request& r) { return search(*s, r); });
}

}  // namespace nc::server::handlers
