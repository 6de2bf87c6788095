// /api/v1/members: paged lists by organisation and single entries. Reads of other
// people's entries are written to the audit log before anything is answered.
#include "server/access/audit_note.h"
#include "server/paging.h"
#include "server/handlers/routes.h"
#include "server/handlers/people_json.h"
#include "server/handlers/statements_json.h"

namespace nc::server::handlers {
namespace {

using nlohmann::json;

// GET /api/v1/members?org=&subtree=1&limit=&after= — one page (server/paging.h)
// of the organisation's members, or of its whole subtree where the caller may
// list them (domain::reach), in the order of the organisations' paths, then by
// id. Read from the store's indexes, never from the in-memory roster.
Response list(const App& s, const Request& r) {
  const domain::OrgId org{parse_id(r.query_param("org").value_or(""))};
  if (!org.valid()) return Response::bad_request("请用 org 参数指定党组织");
  const bool subtree = r.query_param("subtree").value_or("") == "1";
  PageParse paging = parse_page(r);
  if (paging.error) return *paging.error;
  store::MemberPageQuery query;
  query.limit = paging.page->limit;
  if (!paging.page->after.empty()) {
    auto cursor = decode_cursor(paging.page->after, 2);
    if (!cursor) return Response::bad_request("after 应为上一页答复中的 next");
    query.after = store::MemberCursor{domain::OrgId{static_cast<std::uint32_t>((*cursor)[0])},
                                      domain::MemberId{static_cast<std::uint32_t>((*cursor)[1])}};
  }
  const domain::Actor actor = actor_of(r);
  return s.directory->read([&](const domain::OrgTree& tree, const domain::Roster&) {
    if (!tree.find(org)) return Response::not_found("党组织不存在");
    const auto d = domain::authorize(actor, domain::Action::kMemberList, domain::org_target(tree, org));
    if (!d.allowed) return Response::error(Code::kForbidden);
    if (query.after && !tree.find(query.after->org)) return Response::bad_request("after 应为上一页答复中的 next");
    if (subtree) {
      for (const domain::Reach& part : domain::reach(actor, domain::Action::kMemberList, tree, org)) {
        query.scope.push_back({part.org, part.subtree});
      }
    } else {
      query.scope.push_back({org, false});
    }
    auto page = s.store->member_page(query);
    if (!page.ok()) return Response::from(page.status());
    if (d.audit_this_read) {
      auto note = access::audit_note(r, s.clock, "member.list", "org:" + std::to_string(org.value), org, std::nullopt,
                                     subtree ? "subtree" : "");
      if (Status st = s.store->append_audit(note); !st.ok()) return Response::from(st);
    }
    json members = json::array();
    for (const auto& m : page->members) members.push_back(member_json(m, tree));
    json out = {{"members", std::move(members)}};
    std::optional<std::string> next;
    if (page->next) next = encode_cursor({page->next->org.value, page->next->member.value});
    put_page(out, next, page->total);
    return Response::json(200, out);
  });
}

// The member entry is a record (domain kind "member"): it comes with the
// statements its subject appended, their replies and handled state, which of
// them are new to the caller, and whether the caller may answer them.
Response one(const App& s, const Request& r) {
  const domain::MemberId id{parse_id(r.param("id"))};
  const domain::Actor actor = actor_of(r);
  const domain::RecordKindInfo& kind = *domain::find_record_kind("member");
  bool may_answer = false;
  std::optional<json> member;
  Response refused = s.directory->read([&](const domain::OrgTree& tree, const domain::Roster& roster) {
    const domain::Member* m = roster.find(id);
    if (!m) return Response::not_found("党员不存在");
    const auto d = domain::authorize(actor, domain::Action::kMemberRead, domain::member_target(tree, id, m->org));
    if (!d.allowed) return Response::error(Code::kForbidden);
    if (d.audit_this_read) {
      auto note = access::audit_note(r, s.clock, "member.read", "member:" + std::to_string(id.value), m->org, id);
      if (Status st = s.store->append_audit(note); !st.ok()) return Response::from(st);
    }
    may_answer = domain::may_answer_statement(actor, kind, tree, id, m->org).allowed;
    member = member_detail_json(*m, tree);
    return Response::json(200, json::object());
  });
  if (!member) return refused;
  auto statements = s.store->list_statements(id);
  if (!statements.ok()) return Response::from(statements.status());
  // What is new to this reader: statements by others since they last looked.
  auto seen = s.store->statements_seen(actor.user, id);
  if (!seen.ok()) return Response::from(seen.status());
  std::uint64_t last = *seen;
  for (const auto& x : *statements) last = std::max(last, x.id);
  if (last > *seen) {
    if (Status st = s.store->mark_statements_seen(actor.user, id, last); !st.ok()) return Response::from(st);
  }
  StatementAuthors authors(s);
  return Response::json(200, {{"member", *member},
                              {"statements", statement_threads_json(*statements, kind.id, id.value, actor.user, *seen,
                                                                    authors)},
                              {"may", {{"answer", may_answer}}}});
}

}  // namespace

void add_member_routes(Router& router, const Services& s) {
  router.get("/api/v1/members", [s](const Request& r) { return list(*s, r); });
  router.get("/api/v1/members/{id}", [s](const Request& r) { return one(*s, r); });
}

}  // namespace nc::server::handlers
