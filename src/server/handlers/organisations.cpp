// /api/v1/organisations: the hierarchy within what the caller may read.
#include <functional>
#include <unordered_set>

#include "server/handlers/access_routes.h"
#include "server/handlers/people_json.h"

namespace nc::server::handlers {
namespace {

using nlohmann::json;

Response list(const AccessServices& s, const Request& r) {
  const domain::Actor actor = actor_of(r);
  json tree_json = s.directory->read([&](const domain::OrgTree& tree, const domain::Roster&) {
    std::unordered_set<domain::OrgId> visible;
    for (const auto& o : tree.all()) {
      if (domain::authorize(actor, domain::Action::kOrgRead, domain::org_target(tree, o.id)).allowed) {
        visible.insert(o.id);
      }
    }
    std::function<json(const domain::Organisation&)> node = [&](const domain::Organisation& o) {
      json j = org_json(o);
      j["children"] = json::array();
      for (domain::OrgId c : tree.children(o.id)) {
        if (visible.count(c)) j["children"].push_back(node(*tree.find(c)));
      }
      return j;
    };
    json roots = json::array();
    for (const auto& o : tree.all()) {
      if (visible.count(o.id) && !(o.parent && visible.count(*o.parent))) roots.push_back(node(o));
    }
    return roots;
  });
  return Response::json(200, {{"tree", tree_json}});
}

Response one(const AccessServices& s, const Request& r) {
  const domain::OrgId id{parse_id(r.param("id"))};
  const domain::Actor actor = actor_of(r);
  return s.directory->read([&](const domain::OrgTree& tree, const domain::Roster&) {
    const domain::Organisation* o = tree.find(id);
    if (!o) return Response::not_found("党组织不存在");
    if (!domain::authorize(actor, domain::Action::kOrgRead, domain::org_target(tree, id)).allowed) return forbidden();
    json path = json::array();
    const domain::OrgPath ancestry = tree.ancestry(id);
    for (auto it = ancestry.rbegin(); it != ancestry.rend(); ++it) {
      path.push_back({{"id", it->value}, {"name", tree.find(*it)->name}});
    }
    json history = json::array();
    for (const auto& p : o->parents) {
      history.push_back(
          {{"parent", p.parent ? json(p.parent->value) : json(nullptr)}, {"from", p.from.iso()}, {"to", date_json(p.to)}});
    }
    json children = json::array();
    for (domain::OrgId c : tree.children(id)) {
      if (domain::authorize(actor, domain::Action::kOrgRead, domain::org_target(tree, c)).allowed) {
        children.push_back(org_json(*tree.find(c)));
      }
    }
    return Response::json(200, {{"organisation", org_json(*o)}, {"path", path}, {"history", history},
                                {"children", children}});
  });
}

}  // namespace

void add_organisation_routes(Router& router, Services s) {
  router.get("/api/v1/organisations", [s](const Request& r) { return list(*s, r); });
  router.get("/api/v1/organisations/{id}", [s](const Request& r) { return one(*s, r); });
}

}  // namespace nc::server::handlers
