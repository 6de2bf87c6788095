// /api/v1/members: paged lists by organisation and single entries. Reads of other
// people's entries are written to the audit log before anything is answered.
#include "server/access/audit_note.h"
#include "server/paging.h"
#include "server/handlers/routes.h"
#include "server/handlers/people_json.h"

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

Response one(const App& s, const Request& r) {
  const domain::MemberId id{parse_id(r.param("id"))};
  const domain::Actor actor = actor_of(r);
  return s.directory->read([&](const domain::OrgTree& tree, const domain::Roster& roster) {
    const domain::Member* m = roster.find(id);
    if (!m) return Response::not_found("党员不存在");
    const auto d = domain::authorize(actor, domain::Action::kMemberRead, domain::member_target(tree, id, m->org));
    if (!d.allowed) return Response::error(Code::kForbidden);
    if (d.audit_this_read) {
      auto note = access::audit_note(r, s.clock, "member.read", "member:" + std::to_string(id.value), m->org, id);
      if (Status st = s.store->append_audit(note); !st.ok()) return Response::from(st);
    }
    return Response::json(200, {{"member", member_detail_json(*m, tree)}});
  });
}

}  // namespace

void add_member_routes(Router& router, const Services& s) {
  router.get("/api/v1/members", [s](const Request& r) { return list(*s, r); });
  router.get("/api/v1/members/{id}", [s](const Request& r) { return one(*s, r); });
}

}  // namespace nc::server::handlers
