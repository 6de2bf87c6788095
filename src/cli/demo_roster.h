// The people of the demo (`serve --demo`), dated relative to the day the demo
// is loaded so that the roster stays plausible whatever that day is: 预备党员
// joined within the last year (probation is one year), 正式党员 were
// regularised one year after joining, nobody joined before 18, cadres are
// 正式党员 with a cadre level, and nobody is on a branch's roll before joining.
// Pure: no store, no clock.
#pragma once

#include <vector>

#include "domain/date.h"
#include "domain/member.h"

namespace nc::cli {

struct DemoPerson {
  domain::Member member;  // no id or org yet: load_demo places them
  int branch = 0;         // which of the demo's three 党支部 (0, 1, 2)
  domain::Date born;      // only to keep the dates plausible: a Member keeps no birth date
  domain::Date since;     // on the branch's roll from: the later of `set_up` and the join date
};

// Twenty people, DY0001…DY0020 in order, person i in branch i % 3 (the demo
// logins rely on DY0001, DY0004 and DY0007 being in the first branch).
// `set_up` is the day the demo's organisations were created.
std::vector<DemoPerson> demo_people(domain::Date today, domain::Date set_up);

// The same day `months` months later (earlier when negative), clamped to the
// end of a shorter month (03-31 minus one month is 02-28 or 02-29).
domain::Date add_months(domain::Date date, int months);

}  // namespace nc::cli
