// /api/v1/organisations: the hierarchy within what the caller may read (a
// page at a time, searched by the beginning of a name or code, or by levels), and
// its deliberate changes — create, rename / recode / retype, move, merge,
// dissolve — each decided by authorize() against the state it changes
// (Directory::change) and written with its audit entry.
#include <algorithm>
#include <functional>

#include "domain/columns.h"
#include "common/utf8.h"
#include "domain/date.h"
#include "domain/log_text.h"
#include "domain/org_changes.h"
#include "server/access/audit_note.h"
#include "server/handlers/routes.h"
#include "server/handlers/people_json.h"
#include "server/paging.h"

namespace nc::server::handlers {
namespace {

using nlohmann::json;

bool may_read(const domain::Actor& actor, const domain::OrgTree& tree, domain::OrgId org) {
  return domain::authorize(actor, domain::Action::kOrgRead, domain::org_target(tree, org)).allowed;
}

// {"id","name","readable"}: an organisation a page names. The chain of
// organisations above one the caller may read is no secret to its members
// (their 上级党组织), so it is named even where the caller may not open its
// page (readable: false: the UI does not link it); any other organisation
// only when the caller may read it.
json org_ref(const domain::Actor& actor, const domain::OrgTree& tree, const domain::OrgPath& above,
             std::optional<domain::OrgId> org) {
  if (!org) return nullptr;
  const domain::Organisation* o = tree.find(*org);
  const bool readable = may_read(actor, tree, *org);
  const bool named = o && (readable || std::find(above.begin(), above.end(), *org) != above.end());
  return {{"id", org->value}, {"name", named ? json(o->name) : json(nullptr)}, {"readable", readable}};
}

bool allowed(const domain::Actor& actor, domain::Action action, const domain::Target& target) {
  return domain::authorize(actor, action, target).allowed;
}

// What the caller may do with `o`, as authorize() and the tree decide: the UI
// shows these and derives nothing itself.
json may_json(const domain::Actor& actor, const domain::OrgTree& tree, const domain::Organisation& o) {
  const domain::Target here = domain::org_target(tree, o.id);
  const bool update = o.active && allowed(actor, domain::Action::kOrgUpdate, here);
  // Moving or merging takes it away from its parent: the caller must hold that end too.
  const bool relocate =
      o.active && o.parent && allowed(actor, domain::Action::kOrgMove, here.moving_to(tree.ancestry(*o.parent)));
  return {{"update", update},
          {"create_child",
           o.active && domain::can_have_children(o.type) && allowed(actor, domain::Action::kOrgCreate, here)},
          {"move", relocate},
          {"merge", relocate},
          {"deactivate", update},
          {"import_roster", o.active && allowed(actor, domain::Action::kRosterImport, here)},
          {"export_roster", allowed(actor, domain::Action::kRosterExport, here)},
          {"export_hierarchy", allowed(actor, domain::Action::kHierarchyExport, here)},
          {"provision_accounts", o.active && allowed(actor, domain::Action::kAccountProvision, here)},
          {"name_approvers", o.active && o.type == domain::OrgType::kCommittee &&
                                 domain::manages_approvers(actor, tree.ancestry(o.id))}};
}

constexpr std::size_t kMaxOrgQuery = 32;  // code points

// GET /api/v1/organisations?q=&limit=&after= — the organisations the caller
// may read (org.read, as domain::reach parts), a keyset page at a time
// (server/paging.h) from the store's indexes: without q in tree order
// (parents before their children); with q those whose name begins with it,
// then those whose code does (store::OrgPageQuery). The organisation
// pickers search here; each row names its parent (above an organisation the
// caller reads: no secret to its members).
Response list(const App& s, const Request& r) {
  PageParse paging = parse_page(r);
  if (paging.error) return *paging.error;
  const std::string q = domain::trim_field(r.query_param("q").value_or(""));
  if (!utf8::valid(q) || domain::has_control_char(q) || utf8::count(q) > kMaxOrgQuery) {
    return Response::bad_request("q 应为组织名称或编码的开头，最长 32 个字");
  }
  store::OrgPageQuery query;
  query.query = q;
  query.limit = paging.page->limit;
  if (!paging.page->after.empty()) {
    auto cursor = decode_cursor(paging.page->after, 2);
    if (!cursor || (*cursor)[0] > 1 || (*cursor)[1] == 0) return Response::bad_request("after 应为上一页答复中的 next");
    query.after = store::OrgCursor{(*cursor)[0] == 1, domain::OrgId{static_cast<std::uint32_t>((*cursor)[1])}};
  }
  const domain::Actor actor = actor_of(r);
  return s.directory->read([&](const domain::OrgTree& tree, const domain::Roster&) {
    if (query.after && !tree.find(query.after->org)) return Response::bad_request("after 应为上一页答复中的 next");
    for (const domain::Reach& part : domain::reach(actor, domain::Action::kOrgRead, tree, std::nullopt)) {
      query.scope.push_back({part.org, part.subtree});
    }
    auto page = s.store->org_page(query);
    if (!page.ok()) return Response::from(page.status());
    json list = json::array();
    for (domain::OrgId id : page->orgs) {
      const domain::Organisation* o = tree.find(id);
      if (!o) continue;
      json j = org_json(*o);
      const domain::Organisation* parent = o->parent ? tree.find(*o->parent) : nullptr;
      j["parent_name"] = parent ? json(parent->name) : json(nullptr);
      list.push_back(std::move(j));
    }
    json out = {{"organisations", std::move(list)}};
    std::optional<std::string> next;
    if (page->next) next = encode_cursor({page->next->by_code ? 1u : 0u, page->next->org.value});
    put_page(out, next, page->total);
    return Response::json(200, out);
  });
}

// An organisation as a row of a summary: org_json with how many
// organisations sit right below it and, where the caller may list its
// members, how many are on the roll in it and in its whole subtree (else null).
json summary_json(const domain::Actor& actor, const domain::OrgTree& tree, const store::OrgSummary& sum) {
  const domain::Organisation* o = tree.find(sum.org);
  json j = o ? org_json(*o) : json{{"id", sum.org.value}};
  j["child_count"] = sum.children;
  const bool counts = allowed(actor, domain::Action::kMemberList, domain::org_target(tree, sum.org));
  j["members_here"] = counts ? json(sum.members_here) : json(nullptr);
  j["members_on_roll"] = counts ? json(sum.members_subtree) : json(nullptr);
  return j;
}

// GET /api/v1/organisations/roots — where the caller's organisation tree
// starts: the highest organisations they may read (one per role grant at
// most), with their summaries. The UI then loads children on demand.
Response roots(const App& s, const Request& r) {
  const domain::Actor actor = actor_of(r);
  return s.directory->read([&](const domain::OrgTree& tree, const domain::Roster&) {
    std::vector<domain::OrgId> ids;
    for (const domain::Reach& part : domain::reach(actor, domain::Action::kOrgRead, tree, std::nullopt)) {
      ids.push_back(part.org);
    }
    std::sort(ids.begin(), ids.end());
    auto sums = s.store->org_summaries(ids);
    if (!sums.ok()) return Response::from(sums.status());
    json out = json::array();
    for (const auto& sum : *sums) out.push_back(summary_json(actor, tree, sum));
    return Response::json(200, {{"roots", out}});
  });
}

// GET /api/v1/organisations/{id}/children?limit=&after= — the organisations
// right below one, by id, a page at a time (server/paging.h), each with its
// summary: the tree's lazy expansion and a committee's 下级组织 overview.
// Where the caller reads the whole subtree the store pages them; otherwise
// only those their own grants name (a few) are listed.
Response children(const App& s, const Request& r) {
  const domain::OrgId id{parse_id(r.param("id"))};
  PageParse paging = parse_page(r);
  if (paging.error) return *paging.error;
  std::optional<domain::OrgId> after;
  if (!paging.page->after.empty()) {
    auto cursor = decode_cursor(paging.page->after, 1);
    if (!cursor) return Response::bad_request("after 应为上一页答复中的 next");
    after = domain::OrgId{static_cast<std::uint32_t>((*cursor)[0])};
  }
  const domain::Actor actor = actor_of(r);
  return s.directory->read([&](const domain::OrgTree& tree, const domain::Roster&) {
    if (!tree.find(id)) return Response::not_found("党组织不存在");
    if (!may_read(actor, tree, id)) return Response::error(Code::kForbidden);
    const auto parts = domain::reach(actor, domain::Action::kOrgRead, tree, id);
    const bool whole = std::any_of(parts.begin(), parts.end(),
                                   [&](const domain::Reach& p) { return p.org == id && p.subtree; });
    store::OrgChildrenPage page;
    if (whole) {
      auto stored = s.store->org_children(id, after, paging.page->limit);
      if (!stored.ok()) return Response::from(stored.status());
      page = std::move(*stored);
    } else {
      std::vector<domain::OrgId> ids;
      for (const domain::Reach& p : parts) {
        const domain::Organisation* o = tree.find(p.org);
        if (o && o->parent == id) ids.push_back(p.org);
      }
      std::sort(ids.begin(), ids.end());
      page.total = ids.size();
      std::erase_if(ids, [&](domain::OrgId o) { return after && o <= *after; });
      if (ids.size() > paging.page->limit) {
        ids.resize(paging.page->limit);
        page.next = ids.back();
      }
      auto sums = s.store->org_summaries(ids);
      if (!sums.ok()) return Response::from(sums.status());
      page.children = std::move(*sums);
    }
    json list = json::array();
    for (const auto& sum : page.children) list.push_back(summary_json(actor, tree, sum));
    json out = {{"children", std::move(list)}};
    std::optional<std::string> next;
    if (page.next) next = encode_cursor({page.next->value});
    put_page(out, next, page.total);
    return Response::json(200, out);
  });
}

Response one(const App& s, const Request& r) {
  const domain::OrgId id{parse_id(r.param("id"))};
  const domain::Actor actor = actor_of(r);
  return s.directory->read([&](const domain::OrgTree& tree, const domain::Roster&) {
    const domain::Organisation* o = tree.find(id);
    if (!o) return Response::not_found("党组织不存在");
    if (!may_read(actor, tree, id)) return Response::error(Code::kForbidden);
    // The organisation and every one above it, root first.
    json path = json::array();
    const domain::OrgPath ancestry = tree.ancestry(id);
    for (auto it = ancestry.rbegin(); it != ancestry.rend(); ++it) path.push_back(org_ref(actor, tree, ancestry, *it));
    json history = json::array();
    for (const auto& p : o->parents) {
      history.push_back(
          {{"parent", p.parent ? json(p.parent->value) : json(nullptr)}, {"from", p.from.iso()}, {"to", date_json(p.to)}});
    }
    // What happened to it, and which organisations were merged into it.
    json events = json::array();
    for (const domain::OrgEvent& e : tree.events()) {
      const bool absorbed_here = e.kind == domain::OrgEventKind::kMerged && e.to == id;
      if (e.org != id && !absorbed_here) continue;
      events.push_back({{"kind", org_event_id(e.kind)},
                        {"kind_name", org_event_name(e.kind)},
                        {"date", e.date.iso()},
                        {"org", org_ref(actor, tree, ancestry, e.org)},
                        {"from", org_ref(actor, tree, ancestry, e.from)},
                        {"to", org_ref(actor, tree, ancestry, e.to)},
                        {"before", e.before},
                        {"after", e.after}});
    }
    // Its children: a page at a time from /organisations/{id}/children.
    return Response::json(200, {{"organisation", org_json(*o)},
                                {"may", may_json(actor, tree, *o)},
                                {"path", path},
                                {"history", history},
                                {"events", events},
                                {"child_count", tree.children(id).size()}});
  });
}

// GET /api/v1/organisations/{id}/targets?for=move|merge&q=&limit=: where the
// caller could move `id` (or merge it into), as the tree's rules and
// authorize() allow, whose name or code contains q; at most `limit` (≤ 50).
Response targets(const App& s, const Request& r) {
  const domain::OrgId id{parse_id(r.param("id"))};
  const std::string purpose = r.query_param("for").value_or("");
  if (purpose != "move" && purpose != "merge") return Response::bad_request("for 只能是 move 或 merge");
  const std::string q = domain::trim_field(r.query_param("q").value_or(""));
  if (q.size() > 200 || !utf8::valid(q)) return Response::bad_request("q 过长");
  std::size_t limit = 20;
  if (auto l = r.query_param("limit")) {
    limit = parse_id(*l);
    if (limit < 1 || limit > 50) return Response::bad_request("limit 应在 1 到 50 之间");
  }
  const domain::Actor actor = actor_of(r);
  return s.directory->read([&](const domain::OrgTree& tree, const domain::Roster&) {
    const domain::Organisation* o = tree.find(id);
    if (!o) return Response::not_found("党组织不存在");
    if (!may_read(actor, tree, id)) return Response::error(Code::kForbidden);
    json out = json::array();
    bool more = false;
    const domain::Target here = domain::org_target(tree, id);
    for (const domain::Organisation& t : tree.all()) {
      if (t.id == id || !t.active || (purpose == "move" && o->parent == t.id)) continue;
      if (!q.empty() && t.name.find(q) == std::string::npos && t.code.find(q) == std::string::npos) continue;
      const Status fits = purpose == "move" ? tree.check_move(id, t.id) : tree.check_merge(id, t.id);
      if (!fits.ok() || !allowed(actor, domain::Action::kOrgMove, here.moving_to(tree.ancestry(t.id)))) continue;
      if (out.size() == limit) {
        more = true;
        break;
      }
      out.push_back(org_json(t));
    }
    return Response::json(200, {{"targets", out}, {"more", more}});
  });
}

// ---- changes -------------------------------------------------------------

domain::Date today(const App& s) { return s.clock.today(); }

std::optional<std::string> valid_code(const json& body, const char* field) {
  auto code = string_field(body, field);
  if (!code || !domain::is_code_text(*code, 32)) return std::nullopt;
  return code;
}

std::optional<std::string> valid_name(const json& body, const char* field) {
  auto name = string_field(body, field);
  if (!name) return std::nullopt;
  std::string trimmed = domain::trim_field(*name);
  if (trimmed.empty() || !utf8::valid(trimmed) || domain::has_control_char(trimmed) ||
      utf8::count(trimmed) > 100) {
    return std::nullopt;
  }
  return trimmed;
}

// A positive integer field naming an organisation; 0 when absent or malformed.
domain::OrgId org_field(const json& body, const char* field) {
  auto it = body.find(field);
  if (it == body.end() || !it->is_number_unsigned()) return {};
  const auto v = it->get<std::uint64_t>();
  return v > 0 && v < (1u << 31) ? domain::OrgId{static_cast<std::uint32_t>(v)} : domain::OrgId{};
}

Status deny() { return Status::Error(Code::kForbidden, "无权执行此操作"); }

// Runs one change and answers with the organisation `answer_id` names afterwards.
Response apply(const App& s, const Request& r, domain::AuditAction action, int status,
               const std::function<Status(domain::OrgTree&, domain::Roster&, store::AuditRecord&, domain::OrgId&)>& f) {
  domain::OrgId answer_id;
  auto note = access::audit_note(r, s.clock, action, "");
  Status done = s.directory->change(
      [&](domain::OrgTree& tree, domain::Roster& roster, store::AuditRecord& audit) {
        return f(tree, roster, audit, answer_id);
      },
      note);
  if (!done.ok()) return Response::from(done);
  json org = s.directory->read([&](const domain::OrgTree& tree, const domain::Roster&) {
    const domain::Organisation* o = tree.find(answer_id);
    return o ? org_json(*o) : json(nullptr);
  });
  return Response::json(status, {{"organisation", org}});
}

void concerns(store::AuditRecord& audit, domain::OrgId org, std::string detail) {
  audit.entry.target = "org:" + std::to_string(org.value);
  audit.entry.scope = org;
  audit.entry.detail = domain::escape_log_field(detail);
}

Response create(const App& s, const Request& r) {
  auto body = json_object(r);
  if (!body) return Response::bad_request("请求体应为 JSON 对象");
  const domain::OrgId parent = org_field(*body, "parent");
  if (!parent.valid()) return Response::error(Code::kInvalidInput, "请选择上级党组织（parent）");
  auto code = valid_code(*body, "code");
  if (!code) return Response::error(Code::kInvalidInput, "组织编码只能包含字母、数字、连字符和下划线，最长 32 位");
  auto name = valid_name(*body, "name");
  if (!name) return Response::error(Code::kInvalidInput, "组织名称不能为空，不能包含换行或控制字符，最长 100 个字");
  auto type = parse_org_type_id(string_field(*body, "type").value_or(""));
  if (!type) return Response::error(Code::kInvalidInput, "组织类型应为 committee、working_committee、general_branch 或 branch");
  const domain::Actor actor = actor_of(r);
  const domain::Date on = today(s);
  return apply(s, r, "org.create", 201,
               [&](domain::OrgTree& tree, domain::Roster&, store::AuditRecord& audit, domain::OrgId& out) -> Status {
                 if (!tree.find(parent)) return Status::NotFound("上级党组织不存在");
                 if (!domain::authorize(actor, domain::Action::kOrgCreate, domain::org_target(tree, parent)).allowed) {
                   return deny();
                 }
                 auto id = tree.create(*code, *name, *type, parent, on);
                 if (!id.ok()) return id.status();
                 out = *id;
                 concerns(audit, *id, "code=" + *code + " parent=org:" + std::to_string(parent.value));
                 return Status::Ok();
               });
}

Response update(const App& s, const Request& r) {
  const domain::OrgId id{parse_id(r.param("id"))};
  auto body = json_object(r);
  if (!body) return Response::bad_request("请求体应为 JSON 对象");
  std::optional<std::string> name, code;
  std::optional<domain::OrgType> type;
  if (body->contains("name") && !(name = valid_name(*body, "name"))) {
    return Response::error(Code::kInvalidInput, "组织名称不能为空，不能包含换行或控制字符，最长 100 个字");
  }
  if (body->contains("code") && !(code = valid_code(*body, "code"))) {
    return Response::error(Code::kInvalidInput, "组织编码只能包含字母、数字、连字符和下划线，最长 32 位");
  }
  if (body->contains("type") && !(type = parse_org_type_id(string_field(*body, "type").value_or("")))) {
    return Response::error(Code::kInvalidInput, "组织类型应为 committee、working_committee、general_branch 或 branch");
  }
  if (!name && !code && !type) return Response::error(Code::kInvalidInput, "请至少修改名称、编码或类型之一");
  const domain::Actor actor = actor_of(r);
  const domain::Date on = today(s);
  return apply(s, r, "org.update", 200,
               [&](domain::OrgTree& tree, domain::Roster&, store::AuditRecord& audit, domain::OrgId& out) -> Status {
                 const domain::Organisation* o = tree.find(id);
                 if (!o) return Status::NotFound("党组织不存在");
                 if (!domain::authorize(actor, domain::Action::kOrgUpdate, domain::org_target(tree, id)).allowed) {
                   return deny();
                 }
                 std::string detail;
                 if (name && *name != o->name) detail += "name: " + o->name + " -> " + *name + "; ";
                 if (code && *code != o->code) detail += "code: " + o->code + " -> " + *code + "; ";
                 if (type && *type != o->type) {
                   detail += "type: " + std::string(org_type_id(o->type)) + " -> " + std::string(org_type_id(*type));
                 }
                 if (name) {
                   if (Status st = tree.rename(id, *name, on); !st.ok()) return st;
                 }
                 if (code) {
                   if (Status st = tree.recode(id, *code, on); !st.ok()) return st;
                 }
                 if (type) {
                   if (Status st = tree.retype(id, *type, on); !st.ok()) return st;
                 }
                 out = id;
                 concerns(audit, id, detail);
                 return Status::Ok();
               });
}

Response move(const App& s, const Request& r) {
  const domain::OrgId id{parse_id(r.param("id"))};
  auto body = json_object(r);
  if (!body) return Response::bad_request("请求体应为 JSON 对象");
  const domain::OrgId parent = org_field(*body, "parent");
  if (!parent.valid()) return Response::error(Code::kInvalidInput, "请选择新的上级党组织（parent）");
  const domain::Actor actor = actor_of(r);
  const domain::Date on = today(s);
  return apply(s, r, "org.move", 200,
               [&](domain::OrgTree& tree, domain::Roster&, store::AuditRecord& audit, domain::OrgId& out) -> Status {
                 if (!tree.find(id)) return Status::NotFound("党组织不存在");
                 if (!tree.find(parent)) return Status::NotFound("新的上级党组织不存在");
                 const domain::Target target = domain::org_target(tree, id).moving_to(tree.ancestry(parent));
                 if (!domain::authorize(actor, domain::Action::kOrgMove, target).allowed) return deny();
                 const std::optional<domain::OrgId> from = tree.find(id)->parent;
                 if (Status st = tree.move(id, parent, on); !st.ok()) return st;
                 out = id;
                 concerns(audit, id,
                          "from=org:" + std::to_string(from ? from->value : 0) + " to=org:" +
                              std::to_string(parent.value));
                 return Status::Ok();
               });
}

// Merging moves what `id` holds (organisations and members) into `into`:
// the same right as moving it there, both ends inside the caller's scope.
Response merge(const App& s, const Request& r) {
  const domain::OrgId id{parse_id(r.param("id"))};
  auto body = json_object(r);
  if (!body) return Response::bad_request("请求体应为 JSON 对象");
  const domain::OrgId into = org_field(*body, "into");
  if (!into.valid()) return Response::error(Code::kInvalidInput, "请选择合并到的党组织（into）");
  const domain::Actor actor = actor_of(r);
  const domain::Date on = today(s);
  return apply(s, r, "org.merge", 200,
               [&](domain::OrgTree& tree, domain::Roster& roster, store::AuditRecord& audit,
                   domain::OrgId& out) -> Status {
                 if (!tree.find(id)) return Status::NotFound("党组织不存在");
                 if (!tree.find(into)) return Status::NotFound("合并到的党组织不存在");
                 const domain::Target target = domain::org_target(tree, id).moving_to(tree.ancestry(into));
                 if (!domain::authorize(actor, domain::Action::kOrgMove, target).allowed) return deny();
                 std::size_t moved = 0;
                 for (const domain::Member& m : roster.all()) moved += m.org == id;
                 if (Status st = domain::merge_organisations(tree, roster, id, into, on); !st.ok()) return st;
                 out = id;
                 concerns(audit, id, "into=org:" + std::to_string(into.value) + " members=" + std::to_string(moved));
                 return Status::Ok();
               });
}

Response deactivate(const App& s, const Request& r) {
  const domain::OrgId id{parse_id(r.param("id"))};
  const domain::Actor actor = actor_of(r);
  const domain::Date on = today(s);
  return apply(s, r, "org.deactivate", 200,
               [&](domain::OrgTree& tree, domain::Roster& roster, store::AuditRecord& audit,
                   domain::OrgId& out) -> Status {
                 if (!tree.find(id)) return Status::NotFound("党组织不存在");
                 if (!domain::authorize(actor, domain::Action::kOrgUpdate, domain::org_target(tree, id)).allowed) {
                   return deny();
                 }
                 if (Status st = domain::deactivate_organisation(tree, roster, id, on); !st.ok()) return st;
                 out = id;
                 concerns(audit, id, "");
                 return Status::Ok();
               });
}

}  // namespace

void add_organisation_routes(Router& router, const Services& s) {
  router.get("/api/v1/organisations", [s](const Request& r) { return list(*s, r); });
  router.add("POST", "/api/v1/organisations", [s](const Request& r) { return create(*s, r); });
  router.get("/api/v1/organisations/{id}", [s](const Request& r) { return one(*s, r); });
  router.get("/api/v1/organisations/roots", [s](const Request& r) { return roots(*s, r); });
  router.get("/api/v1/organisations/{id}/children", [s](const Request& r) { return children(*s, r); });
  router.get("/api/v1/organisations/{id}/targets", [s](const Request& r) { return targets(*s, r); });
  router.add("PATCH", "/api/v1/organisations/{id}", [s](const Request& r) { return update(*s, r); });
  router.add("POST", "/api/v1/organisations/{id}/move", [s](const Request& r) { return move(*s, r); });
  router.add("POST", "/api/v1/organisations/{id}/merge", [s](const Request& r) { return merge(*s, r); });
  router.add("POST", "/api/v1/organisations/{id}/deactivate", [s](const Request& r) { return deactivate(*s, r); });
}

}  // namespace nc::server::handlers
