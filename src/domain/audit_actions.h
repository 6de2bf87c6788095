// Every action the audit log records, with its Chinese name: the one table
// the audit log page, its export and 我的记录 name actions from.
//
// The ids are a closed set: code that writes an audit entry names its action
// with an AuditAction, whose constructor runs at compile time and does not
// compile for an id missing from kAuditActions ("unnamed audit action").
// server::access::audit_note takes one; the few places that fill an entry
// by hand assign AuditAction(...).id() (tests/domain/audit_actions_test.cpp
// scans src/ and fails on any other assignment). Ids are stored in the log:
// never rename one; an action no longer written keeps its row, since old
// entries still name it.
#pragma once

#include <array>
#include <cstddef>
#include <optional>
#include <string_view>

namespace nc::domain {

struct AuditActionInfo {
  std::string_view id;    // stored in audit_log.action: "member.read"
  std::string_view name;  // Chinese, for people: "查看党员信息"
};

inline constexpr std::array<AuditActionInfo, 72> kAuditActions = {{
    {"login", "登录"},
    {"login.failed", "登录失败"},
    {"login.throttled", "登录尝试过多被拒绝"},
    {"logout", "退出登录"},
    {"logout.all", "退出全部登录"},
    {"reauth.failed", "重新验证身份失败"},
    {"reauth.throttled", "重新验证身份尝试过多被拒绝"},
    {"password.change", "修改密码"},
    {"password.reset", "重置密码"},
    {"account.activate", "激活账号"},
    {"activation.failed", "激活账号失败"},
    {"account.create", "开通账号"},
    {"account.provision", "批量开通账号"},
    {"user.create", "创建账号"},
    {"user.disable", "停用账号"},
    {"user.enable", "启用账号"},
    {"user.link", "账号关联党员"},
    {"user.unlink", "账号取消关联党员"},
    {"role.grant", "设置角色"},
    {"org.create", "新建党组织"},
    {"org.update", "修改党组织"},
    {"org.move", "调整隶属关系"},
    {"org.merge", "合并党组织"},
    {"org.deactivate", "撤销党组织"},
    {"member.read", "查看党员信息"},
    {"member.list", "查看党员名单"},
    {"member.find", "查找党员"},
    {"record.read", "查看记录"},
    {"record.list", "查看记录列表"},
    {"record.append_statement", "添加说明"},
    {"record.handle_statement", "将说明标为已处理"},
    {"roster.import", "导入党员名册"},
    {"roster.dry_run", "试导入党员名册（检查但不导入）"},
    {"roster.export", "导出党员名册"},
    {"hierarchy.import", "导入组织架构"},
    {"hierarchy.dry_run", "试导入组织架构（检查但不导入）"},
    {"hierarchy.export", "导出组织架构"},
    {"dictionary.update", "修改保密词表"},
    {"audit.read", "查看审计日志"},
    {"audit.export", "导出审计日志"},
    {"audit.verify", "校验审计日志"},
    {"audit.checkpoints", "下载审计签名检查点"},
    {"demo.load", "载入演示数据"},
    {"bench-data.load", "生成测试数据"},
    // The registers (issue 10): one action per workflow verb (workflow.h), and the export.
    {"record.submit", "提交登记"},
    {"record.resubmit", "修改后重新提交登记"},
    {"record.confirm", "确认登记"},
    {"record.return", "退回登记"},
    {"record.approve", "批准登记"},
    {"record.reject", "不予批准登记"},
    {"record.withdraw", "撤回登记"},
    {"record.close", "办结登记"},
    {"record.reopen", "重新打开登记"},
    {"record.forward", "转交有关部门"},
    {"record.answer", "记录部门答复"},
    {"record.update", "更新登记的处理结果"},
    {"record.reconfirm", "确认登记无变化"},
    {"record.respond", "填写本人意见"},
    {"record.decide", "记录评议结果"},
    {"record.revise", "修订登记"},
    {"record.export", "导出登记册"},
    {"record.attach", "添加附件"},
    // 学习教育 (issue 11): a session's attendance recorded from the roster, a make-up recorded.
    {"record.attendance", "登记学习出勤"},
    {"record.make_up", "登记补学"},
    // Quizzes drawn from the rulebook (issue 11).
    {"quiz.generate", "生成测验题目草稿"},
    {"quiz.question.edit", "修改测验题目"},
    {"quiz.question.publish", "发布测验题目"},
    {"quiz.question.discard", "舍弃测验题目草稿"},
    {"quiz.create", "组织测验"},
    {"quiz.attempt", "参加测验"},
    {"quiz.completions", "查看测验完成名单"},
    // Approvers named by a committee (issue 10): its list read.
    {"approver.list", "查看审批人名单"},
}};

namespace detail {
// Not constexpr: reaching it while evaluating an AuditAction constructor
// stops the compilation there.
void unnamed_audit_action();
}  // namespace detail

// An action id from kAuditActions, checked while compiling.
class AuditAction {
 public:
  consteval AuditAction(const char* id) : index_(index_of(id)) {}  // NOLINT: implicit on purpose

  std::string_view id() const { return kAuditActions[index_].id; }
  std::string_view name() const { return kAuditActions[index_].name; }
  friend bool operator==(AuditAction, AuditAction) = default;

 private:
  static consteval std::size_t index_of(std::string_view id) {
    for (std::size_t i = 0; i < kAuditActions.size(); ++i) {
      if (kAuditActions[i].id == id) return i;
    }
    detail::unnamed_audit_action();  // an action missing from kAuditActions
    return 0;
  }
  std::size_t index_;
};

// The Chinese name of a stored action id; nullopt for an id not in the table
// (a row written by other software, or altered).
std::optional<std::string_view> audit_action_name(std::string_view id);

}  // namespace nc::domain
