<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name></name>
    <message>
        <source>约 {m} 米</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AddUserDialog</name>
    <message>
        <source>请输入用户名。</source>
        <translation>Please enter a user name.</translation>
    </message>
</context>
<context>
    <name>AddUserView</name>
    <message>
        <source>添加用户</source>
        <translation>Add user</translation>
    </message>
    <message>
        <source>添加</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>显示在界面上的名字，可不填</source>
        <translation>Name shown in the program (optional)</translation>
    </message>
    <message>
        <source>用户名</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>角色</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>密码</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>再次输入密码</source>
        <translation>Password again</translation>
    </message>
</context>
<context>
    <name>AuditLabels</name>
    <message>
        <source>登录</source>
        <translation>Sign-in</translation>
    </message>
    <message>
        <source>退出登录</source>
        <translation>Sign-out</translation>
    </message>
    <message>
        <source>解除空闲锁定</source>
        <translation>Idle lock unlocked</translation>
    </message>
    <message>
        <source>密码错误锁定</source>
        <translation>Locked out</translation>
    </message>
    <message>
        <source>添加用户</source>
        <translation>User added</translation>
    </message>
    <message>
        <source>更改角色</source>
        <translation>Role changed</translation>
    </message>
    <message>
        <source>停用账号</source>
        <translation>Account deactivated</translation>
    </message>
    <message>
        <source>启用账号</source>
        <translation>Account activated</translation>
    </message>
    <message>
        <source>修改密码</source>
        <translation>Password changed</translation>
    </message>
    <message>
        <source>重置密码</source>
        <translation>Password reset</translation>
    </message>
    <message>
        <source>解除账号锁定</source>
        <translation>Account lock cleared</translation>
    </message>
    <message>
        <source>查看完整手机号</source>
        <translation>Full phone revealed</translation>
    </message>
    <message>
        <source>查看完整身份证号</source>
        <translation>Full ID number revealed</translation>
    </message>
    <message>
        <source>越权访问被拒</source>
        <translation>Access refused</translation>
    </message>
    <message>
        <source>导出</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>导出客户</source>
        <translation>Customers exported</translation>
    </message>
    <message>
        <source>打印</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>客户移交</source>
        <translation>Customer transfer</translation>
    </message>
    <message>
        <source>判客改判</source>
        <translation>Ownership override</translation>
    </message>
    <message>
        <source>更改设置</source>
        <translation>Settings changed</translation>
    </message>
    <message>
        <source>记录同意</source>
        <translation>Consent recorded</translation>
    </message>
    <message>
        <source>导出个人信息副本</source>
        <translation>Personal data copy exported</translation>
    </message>
    <message>
        <source>更正个人信息</source>
        <translation>Personal data corrected</translation>
    </message>
    <message>
        <source>删除（匿名化）客户</source>
        <translation>Customer deleted (anonymised)</translation>
    </message>
    <message>
        <source>到期匿名化</source>
        <translation>Retention anonymisation</translation>
    </message>
    <message>
        <source>导出审计日志</source>
        <translation>Audit log exported</translation>
    </message>
    <message>
        <source>用户</source>
        <translation>User</translation>
    </message>
    <message>
        <source>客户</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>审计日志</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <source>设置</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>交易</source>
        <translation>Deal</translation>
    </message>
    <message>
        <source>房源</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>文档</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>来访</source>
        <translation>Visit</translation>
    </message>
    <message>
        <source>跟进</source>
        <translation>Follow-up</translation>
    </message>
</context>
<context>
    <name>AuditLogDialog</name>
    <message>
        <source>管理员只能看到与客户无关的记录：登录、账号、设置等。</source>
        <extracomment>Starting width of the columns other than the last (详情, which takes the rest). An export finished: its ``AuditExport`` (for tests and the status line). The chain check finished: its ``AuditChainStatus``.</extracomment>
        <translation>Administrators see only entries that concern no customer: sign-ins, accounts, settings and the like.</translation>
    </message>
    <message>
        <source>所有人的操作记录，最新的在最前面。记录只能追加，不能修改或删除。</source>
        <translation>What everyone did, newest first. Entries can only be added, never changed or deleted.</translation>
    </message>
    <message>
        <source>全部用户</source>
        <translation>All users</translation>
    </message>
    <message>
        <source>全部操作</source>
        <translation>All actions</translation>
    </message>
    <message>
        <source>开始日期不能晚于结束日期。</source>
        <translation>The start date cannot be after the end date.</translation>
    </message>
    <message>
        <source>共 {n} 条</source>
        <translation>{n} entries</translation>
    </message>
    <message>
        <source>正在校验……</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <source>完整性校验通过：共 {n} 条记录，未被修改或删除。</source>
        <translation>Integrity check passed: {n} entries, none changed or deleted.</translation>
    </message>
    <message>
        <source>第 {id} 条记录</source>
        <translation>Entry {id}</translation>
    </message>
    <message>
        <source>记录链</source>
        <translation>The chain of entries</translation>
    </message>
    <message>
        <source>完整性校验失败：{where}被修改或删除（{problem}）。请立即联系管理员。</source>
        <translation>Integrity check failed: {where} was changed or deleted ({problem}). Contact the administrator at once.</translation>
    </message>
    <message>
        <source>哈希不符</source>
        <translation>hash mismatch</translation>
    </message>
    <message>
        <source>校验审计日志</source>
        <translation>Checking the audit log</translation>
    </message>
    <message>
        <source>审计日志_{date}.xlsx</source>
        <translation>audit-log_{date}.xlsx</translation>
    </message>
    <message>
        <source>导出审计日志</source>
        <translation>Export audit log</translation>
    </message>
    <message>
        <source>Excel 文件 (*.xlsx)</source>
        <translation>Excel files (*.xlsx)</translation>
    </message>
    <message>
        <source>正在导出审计日志……</source>
        <translation>Exporting the audit log…</translation>
    </message>
    <message>
        <source>已导出 {n} 条记录到 {path}</source>
        <translation>Exported {n} entries to {path}</translation>
    </message>
</context>
<context>
    <name>AuditLogView</name>
    <message>
        <source>审计日志 — 售楼接待台</source>
        <translation>Audit log — SalesDesk</translation>
    </message>
    <message>
        <source>审计日志</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <source>客户编号</source>
        <translation>Customer no.</translation>
    </message>
    <message>
        <source>从</source>
        <translation>From</translation>
    </message>
    <message>
        <source>至</source>
        <translation>To</translation>
    </message>
    <message>
        <source>详情中包含的文字</source>
        <translation>Text in the details</translation>
    </message>
    <message>
        <source>查询</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>清除条件</source>
        <translation>Clear filters</translation>
    </message>
    <message>
        <source>用户</source>
        <translation>User</translation>
    </message>
    <message>
        <source>操作</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>客户</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>详情</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>校验完整性</source>
        <translation>Check integrity</translation>
    </message>
    <message>
        <source>导出 Excel…</source>
        <translation>Export to Excel…</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>AuditTableModel</name>
    <message>
        <source>时间</source>
        <extracomment>``data(index, ROW_ROLE)`` is the row&apos;s ``AuditRow`` (also through a proxy). After a reset or a page: how many rows match in all.</extracomment>
        <translation>Time</translation>
    </message>
    <message>
        <source>用户</source>
        <translation>User</translation>
    </message>
    <message>
        <source>操作</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>客户编号</source>
        <translation>Customer no.</translation>
    </message>
    <message>
        <source>对象</source>
        <translation>Object</translation>
    </message>
    <message>
        <source>详情</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>系统</source>
        <translation>System</translation>
    </message>
</context>
<context>
    <name>BatchProgressDialog</name>
    <message>
        <source>停止</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>正在停止：当前这份打印完后停止……</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CancelDialog</name>
    <message>
        <source>取消保留 — 售楼接待台</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>取消保留</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>返回</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{customer} · {unit}（{status}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>客户资金安排变化</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>客户改选其他房源</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>贷款未获批准</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>客户家庭意见不一致</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请选择或填写原因</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>取消保留后，房源立即恢复为可售。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已签约的交易解约只能由销售经理办理。解约后房源恢复为可售，客户阶段随之调整。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>退订后房源立即恢复为可售，客户阶段随之调整。定金退还按认购书约定另行办理。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{reason}：{detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请填写退订原因。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>退订</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CancelDialogView</name>
    <message>
        <source>退订</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>确认退订</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>补充说明（可不填）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>退订原因</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>说明</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>请输入当前密码。</source>
        <translation>Please enter your current password.</translation>
    </message>
    <message>
        <source>当前密码不正确。</source>
        <translation>The current password is wrong.</translation>
    </message>
</context>
<context>
    <name>ChangePasswordView</name>
    <message>
        <source>修改我的密码</source>
        <translation>Change my password</translation>
    </message>
    <message>
        <source>修改</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>当前密码</source>
        <translation>Current password</translation>
    </message>
    <message>
        <source>新密码</source>
        <translation>New password</translation>
    </message>
    <message>
        <source>再次输入新密码</source>
        <translation>New password again</translation>
    </message>
</context>
<context>
    <name>ChangeRoleDialog</name>
    <message>
        <source>“{name}”现在是{role}。更改后，对方下次登录时按新角色使用。</source>
        <translation>“{name}” is now {role}. The new role applies from their next sign-in.</translation>
    </message>
</context>
<context>
    <name>ChangeRoleView</name>
    <message>
        <source>更改角色</source>
        <translation>Change role</translation>
    </message>
    <message>
        <source>更改</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>新角色</source>
        <translation>New role</translation>
    </message>
</context>
<context>
    <name>ChooseCustomerDialog</name>
    <message>
        <source>打印购房告知书</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>打印</source>
        <translation type="unfinished">Print</translation>
    </message>
    <message>
        <source>{unit}，表价 {price}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请先查找并选择客户。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContractDialog</name>
    <message>
        <source>{customer} · {unit}，成交价 {price}，定金 {deposit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>签约</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContractDialogView</name>
    <message>
        <source>签约</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>《商品房买卖合同》编号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>合同编号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>付款方式</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>贷款状态</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomerChoice</name>
    <message>
        <source>潜在</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>来访</source>
        <translation type="unfinished">Visit</translation>
    </message>
    <message>
        <source>认购</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>签约</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>交付</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>业主</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>流失</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>退订</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomerChoiceTableModel</name>
    <message>
        <source>姓名</source>
        <extracomment>``data(index, ROW_ROLE)`` is the row&apos;s ``CustomerRow``.</extracomment>
        <translation type="unfinished">Full name</translation>
    </message>
    <message>
        <source>电话</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>置业顾问</source>
        <translation type="unfinished">Sales consultant</translation>
    </message>
    <message>
        <source>阶段</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>公共客户</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomerPicker</name>
    <message>
        <source>可按手机号、姓名或拼音首字母查找。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>没有找到“{query}”。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>只显示前 {n} 位，请输入更多号码或姓名。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>找到 {n} 位客户。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomerPickerView</name>
    <message>
        <source>输入手机号（至少 3 位）、姓名或拼音首字母</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>查找</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DealActions</name>
    <message>
        <source>已为 {customer} 保留 {unit}，保留至 {time}。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{customer} 已认购 {unit}，成交价 {price}。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{unit} 已签约，合同编号 {number}。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{unit} 已退订，房源恢复为可售。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{unit} 的交付日期定为 {day}。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{unit} 已交付。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>验收发现 {n} 个问题，已生成维修单。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>上一份单据还在生成，请稍候。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>正在生成单据……</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已打印{title} {number}，已归档。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>打印单据</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title}（补打，原单号 {number}）</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DealDialogs</name>
    <message>
        <source>未定</source>
        <extracomment>Rooms and items of the default handover checklist (分户验收).</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DealPanelView</name>
    <message>
        <source>选择一笔交易，查看详情、办理后续业务和已打印的单据。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>客户</source>
        <translation type="unfinished">Customers</translation>
    </message>
    <message>
        <source>置业顾问</source>
        <translation type="unfinished">Sales consultant</translation>
    </message>
    <message>
        <source>价格</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>定金</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>合同</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>办理经过</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>打印购房告知书</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>认购…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>签约…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>安排交付日期…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>打印交付通知书</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>交付验收…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>打印交付验收单</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>退订…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>办理</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>预览…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>补打</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>登记已签字</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>附扫描件…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>查看扫描件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>还没有打印过单据。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>单据档案</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DealTableModel</name>
    <message>
        <source>编号</source>
        <extracomment>``data(index, ROW_ROLE)`` is the row&apos;s ``DealInfo``. Raw values to sort by (numbers, times) rather than the displayed text.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>客户</source>
        <translation type="unfinished">Customers</translation>
    </message>
    <message>
        <source>房源</source>
        <translation type="unfinished">Unit</translation>
    </message>
    <message>
        <source>状态</source>
        <translation type="unfinished">State</translation>
    </message>
    <message>
        <source>置业顾问</source>
        <translation type="unfinished">Sales consultant</translation>
    </message>
    <message>
        <source>表价</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>成交价</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>定金</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>合同编号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>最近办理</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DealsPage</name>
    <message>
        <source>全部</source>
        <extracomment>The status filter&apos;s choices: a label key and the statuses it shows. A batch of purchase notices ended: the list of ``IssuedDocumentInfo`` issued. The selected deal changed (its DealInfo, or None).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>进行中</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>未分配</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{status} {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>显示 {shown} 笔（共 {total} 笔）：{parts}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>表价 {list}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>，成交价 {agreed}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>（优惠 {discount}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{amount}，{day} 交</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{number}，{method}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>，贷款{status}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{time} 保留（至 {until}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{time} 认购</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{time} 签约</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{day} 计划交付</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{time} 交付</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{time} 退订：{reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{time} 保留到期，房源已释放</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>取消保留…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>解约退房…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>退订…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>由客户的置业顾问 {consultant} 或销售经理办理后续业务。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>（未分配）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>这笔交易已结束，房源已释放。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>登记签字</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{number} 已登记为已签字，扫描件已归档。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{number} 已登记为已签字。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>选择签字后的扫描件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>扫描件 (*.pdf *.jpg *.jpeg *.png *.tif *.tiff)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>没有需要打印购房告知书的交易。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>批量打印购房告知书</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>为选中的 {n} 笔交易打印购房告知书？</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>为 {n} 笔尚未打印购房告知书的保留和认购交易打印？</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>每份都会编号归档。打印期间可以继续工作，也可以随时停止。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>正在打印购房告知书 {done} / {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已停止：打印了 {n} / {total} 份购房告知书，均已归档。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已打印 {n} 份购房告知书，均已归档，可在单据档案中预览和补打。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>批量打印没有完成：{reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>优惠审批（{n}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>优惠审批</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DealsView</name>
    <message>
        <source>交易</source>
        <translation type="unfinished">Deals</translation>
    </message>
    <message>
        <source>办理日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>客户、房号或合同编号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>刷新</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>批量打印购房告知书…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>优惠审批</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>状态</source>
        <translation type="unfinished">State</translation>
    </message>
    <message>
        <source>置业顾问</source>
        <translation type="unfinished">Sales consultant</translation>
    </message>
    <message>
        <source>至</source>
        <translation type="unfinished">To</translation>
    </message>
</context>
<context>
    <name>DiscountApprovalTableModel</name>
    <message>
        <source>客户</source>
        <extracomment>``data(index, ROW_ROLE)`` is the row&apos;s ``ApprovalRow``.</extracomment>
        <translation type="unfinished">Customers</translation>
    </message>
    <message>
        <source>房源</source>
        <translation type="unfinished">Unit</translation>
    </message>
    <message>
        <source>优惠金额</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>占表价</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>申请人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>申请时间</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>说明</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DiscountApprovalsDialog</name>
    <message>
        <source>审批优惠</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DiscountApprovalsDialogView</name>
    <message>
        <source>房价优惠审批 — 售楼接待台</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>待审批的房价优惠</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>审批意见（可不填）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>没有待审批的优惠申请。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>驳回</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>批准</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>关闭</source>
        <translation type="unfinished">Close</translation>
    </message>
</context>
<context>
    <name>DocumentTableModel</name>
    <message>
        <source>单号</source>
        <extracomment>``data(index, ROW_ROLE)`` is the row&apos;s ``IssuedDocumentInfo``.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>单据</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>打印时间</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>经办人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>签字</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>未签字</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已签字，有扫描件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已签字</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title}（补打）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>补打自 {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>签字登记于 {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256：{hash}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <source>售楼接待台</source>
        <translation>SalesDesk</translation>
    </message>
    <message>
        <source>{doing}没有完成：{reason}</source>
        <translation>{doing} did not complete: {reason}</translation>
    </message>
    <message>
        <source>程序出现了意外错误，刚才的操作没有完成。请把下面的详细信息复制给技术支持。</source>
        <translation>An unexpected error occurred and the last action did not complete. Please copy the details below and send them to technical support.</translation>
    </message>
    <message>
        <source>售楼接待台无法启动。</source>
        <translation>SalesDesk cannot start.</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>请输入用户名。</source>
        <translation>Please enter a user name.</translation>
    </message>
    <message>
        <source>请输入密码。</source>
        <translation>Please enter a password.</translation>
    </message>
    <message>
        <source>两次输入的密码不一致，请检查。</source>
        <translation>The two passwords do not match. Please check them.</translation>
    </message>
    <message>
        <source>管理员账号“{username}”已创建。下一步请用它登录。</source>
        <translation>The administrator account &quot;{username}&quot; has been created. Next, sign in with it.</translation>
    </message>
    <message>
        <source>正在载入演示数据</source>
        <translation>Loading demo data</translation>
    </message>
    <message>
        <source>演示数据已载入：{customers} 位客户、{visits} 次来访、{follow_ups} 条跟进、{deals} 笔交易，用时 {seconds} 秒。</source>
        <translation>Demo data loaded: {customers} customers, {visits} visits, {follow_ups} follow-ups and {deals} deals in {seconds} s.</translation>
    </message>
    <message>
        <source>演示账号（用户名 / 密码）：</source>
        <translation>Demo accounts (user name / password):</translation>
    </message>
    <message>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <source>演示账号（密码都是 {password}）：</source>
        <translation>Demo accounts (all with the password {password}):</translation>
    </message>
    <message>
        <source>{role}：{usernames}</source>
        <translation>{role}: {usernames}</translation>
    </message>
    <message>
        <source>载入演示数据</source>
        <translation>Loading the demo data</translation>
    </message>
    <message>
        <source>程序错误</source>
        <translation>program error</translation>
    </message>
    <message>
        <source>演示数据没有载入（{reason}）。管理员账号已经创建，可以正常使用。</source>
        <translation>The demo data was not loaded ({reason}). The administrator account has been created and can be used as normal.</translation>
    </message>
</context>
<context>
    <name>FirstRunView</name>
    <message>
        <source>首次使用 — 售楼接待台</source>
        <translation>First start — SalesDesk</translation>
    </message>
    <message>
        <source>欢迎使用售楼接待台</source>
        <translation>Welcome to SalesDesk</translation>
    </message>
    <message>
        <source>这台电脑上还没有任何账号。请先创建管理员账号，之后用它为前台、置业顾问和其他同事添加账号。</source>
        <translation>There are no accounts on this computer yet. First create the administrator account; then use it to add accounts for reception, sales consultants and other colleagues.</translation>
    </message>
    <message>
        <source>显示在界面上的名字，可不填</source>
        <translation>Name shown in the program (optional)</translation>
    </message>
    <message>
        <source>用户名</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>密码</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>再次输入密码</source>
        <translation>Repeat password</translation>
    </message>
    <message>
        <source>同时载入演示数据（约 2000 位虚构客户）</source>
        <translation>Also load demo data (about 2,000 fictitious customers)</translation>
    </message>
    <message>
        <source>供培训和试用。演示数据会写入当前数据库，正式使用时请不要勾选。</source>
        <translation>For training and trying out. Demo data is written into the current database; leave this unticked for real use.</translation>
    </message>
    <message>
        <source>创建账号</source>
        <translation>Create account</translation>
    </message>
    <message>
        <source>退出</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>准备就绪</source>
        <translation>Ready</translation>
    </message>
    <message>
        <source>去登录</source>
        <translation>Go to sign-in</translation>
    </message>
</context>
<context>
    <name>HandoverDialog</name>
    <message>
        <source>{customer} · {unit}，合同编号 {contract}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{area}（合同单价 {price}/m²）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>面积差 {sign}{diff} m²（误差比 {sign}{ratio}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>面积补差：业主补缴 {amount}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>面积补差：退还业主 {amount}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>面积补差：无</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>面积误差比超过 {limit}%：按合同约定处理，业主有权退房。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>合格</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>共 {total} 项，不合格 {failed} 项。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请填写实测建筑面积。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请填写“{room} {item}”的问题描述。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>交付</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HandoverDialogView</name>
    <message>
        <source>交付验收 / 钥匙交接</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>完成交付</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>面积补差</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>交付日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>合同建筑面积</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>实测建筑面积</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>水电气表读数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>水表</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>电表</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>燃气表</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>钥匙和门卡</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>其他（名称）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>房间</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>项目</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>合格</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>问题描述</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>添加检查项</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>删除选中项</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>分户验收</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>不合格的项目请取消“合格”并写明问题；每个问题会生成一张维修单，跟踪到整改完成。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HoldDialog</name>
    <message>
        <source>{unit}，{layout}，{area}，表价 {price}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>保留 {hours} 小时，到 {time} 未交定金认购的，房源自动恢复可售。拟成交价和付款方式会印在购房告知书上。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请先查找并选择客户。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>保留房源</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HoldDialogView</name>
    <message>
        <source>保留房源</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>保留</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>如：赠送车位使用权一年（可不填）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>拟成交价</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>付款方式</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>个性化变更</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>为哪位客户保留</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportRejectionTableModel</name>
    <message>
        <source>楼栋</source>
        <extracomment>The file&apos;s own columns start here. ``data(index, ROW_ROLE)`` is the row&apos;s ``RejectedRow``.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>单元</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>楼层</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>房号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>户型</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>建筑面积</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>套内面积</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>朝向</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>表价</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>行号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>原因</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportReportDialog</name>
    <message>
        <source>共 {total} 行：新增 {created} 套，更新 {updated} 套，未导入 {rejected} 行。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>新建楼栋：{names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>、</source>
        <translation type="unfinished">, </translation>
    </message>
    <message>
        <source>这是试导入，没有保存任何房源。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>以下各行没有导入，请按原因修改后重新导入：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>所有行都已导入。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>保存未导入的行</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>未导入的房源.xlsx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel 文件 (*.xlsx)</source>
        <translation type="unfinished">Excel files (*.xlsx)</translation>
    </message>
    <message>
        <source>无法保存到 {path}：{reason}</source>
        <translation type="unfinished">Cannot save to {path}: {reason}</translation>
    </message>
    <message>
        <source>已保存到 {path}</source>
        <translation type="unfinished">Saved to {path}</translation>
    </message>
</context>
<context>
    <name>ImportReportDialogView</name>
    <message>
        <source>导入结果 — 售楼接待台</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>房源导入结果</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>保存未导入的行…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>关闭</source>
        <translation type="unfinished">Close</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>前台</source>
        <translation>Reception</translation>
    </message>
    <message>
        <source>置业顾问</source>
        <translation>Sales consultant</translation>
    </message>
    <message>
        <source>销售经理</source>
        <translation>Sales manager</translation>
    </message>
    <message>
        <source>客服专员</source>
        <translation>Customer service</translation>
    </message>
    <message>
        <source>管理员</source>
        <translation>Administrator</translation>
    </message>
</context>
<context>
    <name>LockController</name>
    <message>
        <source>当前用户：{name}（{role}）</source>
        <extracomment>What the controller looks at while locked (it sees every event of the program). Windows that are part of another window&apos;s interaction, not content: never covered. The password was right: the user as stored now (name or role may have changed). 切换用户 on the lock screen; the covered dialogs have already been closed. The lock screen the main window shows in place of its pages.</extracomment>
        <translation>Signed in: {name} ({role})</translation>
    </message>
    <message>
        <source>售楼接待台 — 已锁定</source>
        <translation>SalesDesk — locked</translation>
    </message>
    <message>
        <source>请在售楼接待台主窗口中输入密码解锁。</source>
        <translation>Enter your password in the SalesDesk main window to unlock.</translation>
    </message>
    <message>
        <source>请在最前面的窗口中输入密码解锁。</source>
        <translation>Enter your password in the front window to unlock.</translation>
    </message>
    <message>
        <source>请输入密码。</source>
        <translation>Please enter your password.</translation>
    </message>
    <message>
        <source>密码不正确，请重新输入。</source>
        <translation>Wrong password. Please try again.</translation>
    </message>
</context>
<context>
    <name>LockView</name>
    <message>
        <source>售楼接待台已锁定</source>
        <translation>SalesDesk is locked</translation>
    </message>
    <message>
        <source>请输入密码</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>解锁</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <source>切换用户</source>
        <translation>Switch user</translation>
    </message>
    <message>
        <source>锁定期间不显示任何客户信息。
从本程序复制到剪贴板的内容已清除。</source>
        <translation>No customer information is shown while locked.
Anything copied from SalesDesk has been removed from the clipboard.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>{what}将在后续版本中提供。</source>
        <extracomment>Longest database location shown in the status bar; the full one is in the tooltip. The user chose &quot;切换用户&quot;; the session closes this window and shows sign-in. The window is being closed by the user (not by signing out): the app should end.</extracomment>
        <translation>{what} will be available in a later version.</translation>
    </message>
    <message>
        <source>接待台</source>
        <translation>Reception</translation>
    </message>
    <message>
        <source>来访登记、判客查重、接待轮序和离店登记</source>
        <translation>Visit registration, duplicate and ownership check, consultant rotation and check-out</translation>
    </message>
    <message>
        <source>客户</source>
        <translation>Customers</translation>
    </message>
    <message>
        <source>客户档案、购房需求和互动档案</source>
        <translation>Customer files, purchase needs and the customer timeline</translation>
    </message>
    <message>
        <source>跟进</source>
        <translation>Follow-ups</translation>
    </message>
    <message>
        <source>意向分级、跟进提醒、公共客户池和客户移交</source>
        <translation>Intent grading, follow-up reminders, the public pool and customer transfers</translation>
    </message>
    <message>
        <source>房源销控</source>
        <translation>Units</translation>
    </message>
    <message>
        <source>交易</source>
        <translation>Deals</translation>
    </message>
    <message>
        <source>售后</source>
        <translation>After-sales</translation>
    </message>
    <message>
        <source>投诉处理、售后回访和满意度调查</source>
        <translation>Complaints, after-sales callbacks and satisfaction surveys</translation>
    </message>
    <message>
        <source>报表</source>
        <translation>Reports</translation>
    </message>
    <message>
        <source>来访、渠道、意向、成交转化和置业顾问排名报表</source>
        <translation>Reports on visits, channels, intent, conversion and consultant ranking</translation>
    </message>
    <message>
        <source>设置</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>{name}（{role}）</source>
        <translation>{name} ({role})</translation>
    </message>
    <message>
        <source>未设置</source>
        <translation>not set up</translation>
    </message>
    <message>
        <source>售楼接待台 — {project}</source>
        <translation>SalesDesk — {project}</translation>
    </message>
    <message>
        <source>楼盘：{name}</source>
        <translation>Project: {name}</translation>
    </message>
    <message>
        <source>当前用户：{who}</source>
        <translation>Signed in: {who}</translation>
    </message>
    <message>
        <source>数据库：{path}</source>
        <translation>Database: {path}</translation>
    </message>
    <message>
        <source>已手动锁定。</source>
        <translation>Locked by hand.</translation>
    </message>
    <message>
        <source>{minutes} 分钟无人操作，已自动锁定。</source>
        <translation>Locked after {minutes} minutes without use.</translation>
    </message>
    <message>
        <source>售楼接待台 — 已锁定</source>
        <translation>SalesDesk — locked</translation>
    </message>
    <message>
        <source>关于售楼接待台</source>
        <translation>About SalesDesk</translation>
    </message>
    <message>
        <source>售楼接待台 SalesDesk {version}

数据库：{path}</source>
        <translation>SalesDesk 售楼接待台 {version}

Database: {path}</translation>
    </message>
</context>
<context>
    <name>MainWindowView</name>
    <message>
        <source>售楼接待台</source>
        <translation>SalesDesk</translation>
    </message>
    <message>
        <source>切换用户</source>
        <translation>Switch user</translation>
    </message>
    <message>
        <source>文件(&amp;F)</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>切换用户(&amp;U)</source>
        <translation>Switch &amp;user</translation>
    </message>
    <message>
        <source>锁定(&amp;L)</source>
        <translation>&amp;Lock</translation>
    </message>
    <message>
        <source>打印隐私告知书(&amp;P)…</source>
        <translation>&amp;Print privacy notice…</translation>
    </message>
    <message>
        <source>退出(&amp;X)</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>前往(&amp;G)</source>
        <translation>&amp;Go</translation>
    </message>
    <message>
        <source>帮助(&amp;H)</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>关于售楼接待台(&amp;A)</source>
        <translation>&amp;About SalesDesk</translation>
    </message>
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message>
        <source>找不到文件：{path}</source>
        <extracomment>Pages are rendered for the printer at most at this resolution (an A4 page at 300 dpi is a 35 MB image; more gains nothing on office printers and costs memory).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>无法打开 PDF 文件：{path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF 无法显示。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>共 {n} 页</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>正在载入……</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>注意：没有找到可嵌入的中文字体，本单据使用了内置替代字体。在其他电脑或打印机上，中文可能显示为其他字体甚至方框。请在“设置”中指定中文字体文件。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>打印{title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>打印</source>
        <translation type="unfinished">Print</translation>
    </message>
    <message>
        <source>已发送到打印机。</source>
        <translation type="unfinished">Sent to the printer.</translation>
    </message>
    <message>
        <source>打印机无法开始打印</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>存为 PDF</source>
        <translation type="unfinished">Save as PDF</translation>
    </message>
    <message>
        <source>PDF 文件 (*.pdf)</source>
        <translation type="unfinished">PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>无法保存到 {path}：{reason}</source>
        <translation type="unfinished">Cannot save to {path}: {reason}</translation>
    </message>
    <message>
        <source>已保存到 {path}</source>
        <translation type="unfinished">Saved to {path}</translation>
    </message>
</context>
<context>
    <name>PdfPreviewView</name>
    <message>
        <source>打印预览 — 售楼接待台</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>缩小</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>放大</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>适合宽度</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>存为 PDF…</source>
        <translation type="unfinished">Save as PDF…</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation type="unfinished">Close</translation>
    </message>
    <message>
        <source>打印…</source>
        <translation type="unfinished">Print…</translation>
    </message>
</context>
<context>
    <name>PlaceholderPage</name>
    <message>
        <source>此功能尚未开放</source>
        <translation>Not available yet</translation>
    </message>
</context>
<context>
    <name>PrivacyNoticeDialog</name>
    <message>
        <source>第 {version} 版</source>
        <extracomment>Section headings of the notice: 一、 二、 … (shown in bold).</extracomment>
        <translation>Version {version}</translation>
    </message>
    <message>
        <source>打印个人信息保护告知书</source>
        <translation>Print the privacy notice</translation>
    </message>
    <message>
        <source>打印告知书</source>
        <translation>Printing the notice</translation>
    </message>
    <message>
        <source>已发送到打印机。</source>
        <translation>Sent to the printer.</translation>
    </message>
    <message>
        <source>个人信息保护告知书（第{version}版）.pdf</source>
        <translation>privacy-notice-v{version}.pdf</translation>
    </message>
    <message>
        <source>存为 PDF</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <source>PDF 文件 (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>无法保存到 {path}：{reason}</source>
        <translation>Cannot save to {path}: {reason}</translation>
    </message>
    <message>
        <source>已保存到 {path}</source>
        <translation>Saved to {path}</translation>
    </message>
</context>
<context>
    <name>PrivacyNoticeView</name>
    <message>
        <source>个人信息保护告知书 — 售楼接待台</source>
        <translation>Privacy notice — SalesDesk</translation>
    </message>
    <message>
        <source>个人信息保护告知书</source>
        <translation>Privacy notice</translation>
    </message>
    <message>
        <source>请打印后交来访客户阅读；客户同意的事项，以本版告知书为准记录。</source>
        <translation>Print it for the visitor to read; consent is recorded against this version of the notice.</translation>
    </message>
    <message>
        <source>打印…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>存为 PDF…</source>
        <translation>Save as PDF…</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>ResetPasswordDialog</name>
    <message>
        <source>为“{name}”（{username}）设置新密码。重置后该账号的锁定也会解除。</source>
        <translation>Set a new password for “{name}” ({username}). Resetting it also clears a lockout.</translation>
    </message>
</context>
<context>
    <name>ResetPasswordView</name>
    <message>
        <source>重置密码</source>
        <translation>Reset password</translation>
    </message>
    <message>
        <source>重置</source>
        <translation>Reset</translation>
    </message>
    <message>
        <source>新密码</source>
        <translation>New password</translation>
    </message>
    <message>
        <source>再次输入新密码</source>
        <translation>New password again</translation>
    </message>
</context>
<context>
    <name>RevealDialog</name>
    <message>
        <source>客户来电核实</source>
        <extracomment>Longest reason kept (the audit detail has room for it and the masked number).</extracomment>
        <translation>Customer called, verifying</translation>
    </message>
    <message>
        <source>办理认购</source>
        <translation>Subscription paperwork</translation>
    </message>
    <message>
        <source>办理签约</source>
        <translation>Contract paperwork</translation>
    </message>
    <message>
        <source>售后回访</source>
        <translation>After-sales callback</translation>
    </message>
    <message>
        <source>经理审批</source>
        <translation>Manager approval</translation>
    </message>
    <message>
        <source>其他</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>号码</source>
        <extracomment>The reason given (after OK) and, with ``reveal``, the value it returned.</extracomment>
        <translation>number</translation>
    </message>
    <message>
        <source>查看完整{what}会记入审计日志（查看人、时间和原因）。请只在工作需要时查看。</source>
        <translation>Viewing the full {what} is written to the audit log (who, when and why). Only view it when your work needs it.</translation>
    </message>
    <message>
        <source>请选择原因…</source>
        <translation>Choose a reason…</translation>
    </message>
    <message>
        <source>选“其他”时必填，例如：客户要求更正号码</source>
        <translation>Required for “Other”, e.g. customer asked to correct the number</translation>
    </message>
    <message>
        <source>请选择查看原因。</source>
        <translation>Please choose a reason.</translation>
    </message>
    <message>
        <source>请写明查看原因。</source>
        <translation>Please write down the reason.</translation>
    </message>
    <message>
        <source>查看完整号码</source>
        <translation>Viewing the full number</translation>
    </message>
</context>
<context>
    <name>RevealView</name>
    <message>
        <source>查看原因</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>补充说明</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>查看</source>
        <translation>View</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>RoomPanelView</name>
    <message>
        <source>点击销控表中的房间，查看详情并办理保留、认购等业务。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>户型</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>建筑面积</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>套内面积</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>朝向</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>表价</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>单价</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>保留至</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>客户</source>
        <translation type="unfinished">Customers</translation>
    </message>
    <message>
        <source>置业顾问</source>
        <translation type="unfinished">Sales consultant</translation>
    </message>
    <message>
        <source>成交价</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>定金</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>合同编号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>保留给客户…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>打印购房告知书…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>认购…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>签约…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>退订…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>打印交付通知书</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>交付验收…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>打印交付验收单</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>办理</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>不利因素</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScheduleDeliveryDialog</name>
    <message>
        <source>{customer} · {unit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>安排交付日期</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScheduleDeliveryDialogView</name>
    <message>
        <source>安排交付日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>保存</source>
        <translation type="unfinished">Save</translation>
    </message>
    <message>
        <source>交付日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>交付通知书应在交付日期前 10 天送达业主。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>尚未检查</source>
        <translation>Not checked yet</translation>
    </message>
    <message>
        <source>保存设置</source>
        <translation>Saving the settings</translation>
    </message>
    <message>
        <source>已保存。下次启动售楼接待台时，界面将使用“{language}”。</source>
        <translation>Saved. SalesDesk will use {language} from the next start.</translation>
    </message>
    <message>
        <source>已保存，立即生效：无人操作 {minutes} 分钟后锁定。</source>
        <translation>Saved and in effect now: the window locks after {minutes} minutes without use.</translation>
    </message>
    <message>
        <source>密码已修改，下次登录时请使用新密码。</source>
        <translation>Password changed. Use the new one from your next sign-in.</translation>
    </message>
    <message>
        <source>正在检查……</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <source>未初始化</source>
        <translation>not initialised</translation>
    </message>
    <message>
        <source>{revision}（与程序一致）</source>
        <translation>{revision} (matches this program)</translation>
    </message>
    <message>
        <source>{revision}（程序为 {head}）</source>
        <translation>{revision} (this program: {head})</translation>
    </message>
    <message>
        <source>正常</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>完整性：{result}</source>
        <translation>Integrity: {result}</translation>
    </message>
    <message>
        <source>外键：{result}</source>
        <translation>Foreign keys: {result}</translation>
    </message>
    <message>
        <source>用户 {n} 个</source>
        <translation>{n} users</translation>
    </message>
    <message>
        <source>客户 {n} 位</source>
        <translation>{n} customers</translation>
    </message>
    <message>
        <source>来访 {n} 次</source>
        <translation>{n} visits</translation>
    </message>
    <message>
        <source>房源 {n} 套</source>
        <translation>{n} units</translation>
    </message>
    <message>
        <source>交易 {n} 笔</source>
        <translation>{n} deals</translation>
    </message>
    <message>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <source>检查没有完成</source>
        <translation>The check did not finish</translation>
    </message>
    <message>
        <source>检查数据库</source>
        <translation>Check database</translation>
    </message>
</context>
<context>
    <name>SettingsView</name>
    <message>
        <source>设置</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>界面语言</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>更改界面语言后，需要重新启动售楼接待台才会生效。</source>
        <translation>A new language takes effect when SalesDesk is started again.</translation>
    </message>
    <message>
        <source>检查数据库</source>
        <translation>Check database</translation>
    </message>
    <message>
        <source>程序与数据库</source>
        <translation>Program and database</translation>
    </message>
    <message>
        <source>程序版本</source>
        <translation>Program version</translation>
    </message>
    <message>
        <source>数据库位置</source>
        <translation>Database location</translation>
    </message>
    <message>
        <source>数据库结构版本</source>
        <translation>Database schema revision</translation>
    </message>
    <message>
        <source>检查结果</source>
        <translation>Check result</translation>
    </message>
    <message>
        <source>检查会读取整个数据库，客户较多时需要一些时间，期间可以继续工作。</source>
        <translation>The check reads the whole database. With many customers it takes a while; you can keep working meanwhile.</translation>
    </message>
    <message>
        <source>用户管理</source>
        <translation>Users</translation>
    </message>
    <message>
        <source> 分钟</source>
        <translation> min</translation>
    </message>
    <message>
        <source>无人操作</source>
        <translation>Lock the window after</translation>
    </message>
    <message>
        <source>后自动锁定窗口</source>
        <translation>without use</translation>
    </message>
    <message>
        <source>隐私告知书…</source>
        <translation>Privacy notice…</translation>
    </message>
    <message>
        <source>审计日志…</source>
        <translation>Audit log…</translation>
    </message>
    <message>
        <source>修改我的密码…</source>
        <translation>Change my password…</translation>
    </message>
    <message>
        <source>隐私与安全</source>
        <translation>Privacy and security</translation>
    </message>
    <message>
        <source>离开电脑时请按 Ctrl+L 锁定。隐私告知书可打印给来访客户；审计日志记录查看完整号码、导出、打印和账号变更。</source>
        <translation>Press Ctrl+L to lock when you leave the PC. The privacy notice can be printed for visitors; the audit log records full-number views, exports, printing and account changes.</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>数据库：{path}</source>
        <extracomment>Emitted with the ``UserInfo`` of the user who signed in, just before ``accept()``.</extracomment>
        <translation>Database: {path}</translation>
    </message>
    <message>
        <source>请输入用户名。</source>
        <translation>Please enter a user name.</translation>
    </message>
    <message>
        <source>请输入密码。</source>
        <translation>Please enter a password.</translation>
    </message>
    <message>
        <source>用户名或密码不正确，请重新输入密码。</source>
        <translation>Wrong user name or password. Please enter the password again.</translation>
    </message>
</context>
<context>
    <name>SignInView</name>
    <message>
        <source>登录 — 售楼接待台</source>
        <translation>Sign in — SalesDesk</translation>
    </message>
    <message>
        <source>售楼接待台</source>
        <translation>SalesDesk</translation>
    </message>
    <message>
        <source>请输入用户名和密码登录。</source>
        <translation>Enter your user name and password to sign in.</translation>
    </message>
    <message>
        <source>用户名</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>密码</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>登录</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <source>退出</source>
        <translation>Quit</translation>
    </message>
</context>
<context>
    <name>SubscribeDialog</name>
    <message>
        <source>{unit}，{layout}，{area}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}（{status}，置业顾问 {consultant}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已保留</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>未分配</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>该房源未保留，请查找认购的客户：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请填写定金</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>表价的 {percent}%（{amount}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>成交价高于表价 {amount}。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>无优惠。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>优惠 {amount}（{share}），未超过{limit}，无需审批。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>优惠 {amount}（{share}），超过{limit}；销售经理已批准 {approved}。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>优惠 {amount}（{share}），超过{limit}，需要销售经理审批。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>您是销售经理，可以现场审批；审批人和时间会记录在案。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已申请优惠 {amount}，等待销售经理审批。批准后即可认购。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请向销售经理申请审批，或请经理登录本机现场审批。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请先查找并选择客户。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>申请优惠审批</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>购房告知书 {number} 已打印。请客户阅读并签字确认全部不利因素后，再点“认购”。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请填写定金金额。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>优惠超过审批线：请勾选“由我（销售经理）现场审批此优惠”，或调整成交价。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>审批优惠</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>认购</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SubscribeDialogView</name>
    <message>
        <source>认购</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>客户</source>
        <translation type="unfinished">Customers</translation>
    </message>
    <message>
        <source>可不填</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>表价</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>成交价</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>定金</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>定金日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>付款方式</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>个性化变更</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>房价优惠审批</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>由我（销售经理）现场审批此优惠</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>优惠原因，如：老带新客户</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>申请经理审批</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>先打印购房告知书</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TaskProgressDialog</name>
    <message>
        <source>正在准备……</source>
        <translation>Preparing…</translation>
    </message>
</context>
<context>
    <name>UnitsPage</name>
    <message>
        <source>{name}（{n} 套）</source>
        <extracomment>An export finished: the file&apos;s ``Path``. An import finished: its ``UnitImportReport``.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>还没有楼栋和房源。销售经理可以点“导入房源…”从 Excel 房源表导入。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>还没有楼栋和房源，请销售经理先导入房源表。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>该楼栋还没有房源。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{status} {n} 套</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>建筑面积 {area}
表价合计 {list}
成交金额 {deal}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>建筑面积 {area}
表价合计 {list}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>共 {n} 套</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>统计时间 {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{price}/m²</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>不利因素（{n} 项）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>没有登记不利因素。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>取消保留…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>解约退房…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>退订…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>保留和认购由置业顾问或销售经理办理。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{status}：由客户的置业顾问 {consultant} 或销售经理办理后续业务。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>（未分配）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>销控表_{building}_{date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导出销控表</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel 文件 (*.xlsx)</source>
        <translation type="unfinished">Excel files (*.xlsx)</translation>
    </message>
    <message>
        <source>PDF 文件 (*.pdf)</source>
        <translation type="unfinished">PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>正在导出销控表……</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>销控表已导出到 {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>销控表已导出到 {path}。注意：没有找到可嵌入的中文字体，请在“设置”中指定。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导出没有完成：{reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导入房源表</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>正在导入 {name}……</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导入完成：新增 {created} 套，更新 {updated} 套，未导入 {rejected} 行。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导入没有完成：{reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导入房源</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>保存导入模板</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>房源导入模板.xlsx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>无法保存到 {path}：{reason}</source>
        <translation type="unfinished">Cannot save to {path}: {reason}</translation>
    </message>
    <message>
        <source>导入模板已保存到 {path}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnitsView</name>
    <message>
        <source>房源销控</source>
        <translation type="unfinished">Units</translation>
    </message>
    <message>
        <source>刷新</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导出 Excel…</source>
        <translation type="unfinished">Export to Excel…</translation>
    </message>
    <message>
        <source>导出 PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导入房源…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>下载导入模板…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>楼栋</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserManagementPanel</name>
    <message>
        <source>管理员可以管理所有账号。不能更改或停用自己的账号。</source>
        <translation>Administrators manage every account, but cannot change or deactivate their own.</translation>
    </message>
    <message>
        <source>销售经理可以管理前台、置业顾问和客服专员的账号。置业顾问离职时请先移交客户，再停用账号。</source>
        <translation>Sales managers manage reception, consultant and customer-service accounts. When a consultant leaves, transfer their customers first, then deactivate the account.</translation>
    </message>
    <message>
        <source>停用</source>
        <translation>Deactivate</translation>
    </message>
    <message>
        <source>启用</source>
        <translation>Activate</translation>
    </message>
    <message>
        <source>已添加{role}“{name}”（{username}）。</source>
        <translation>Added {role} “{name}” ({username}).</translation>
    </message>
    <message>
        <source>已为“{name}”重置密码，请当面告知新密码。</source>
        <translation>Password of “{name}” reset. Tell them the new one in person.</translation>
    </message>
    <message>
        <source>“{name}”的角色已改为{role}。</source>
        <translation>“{name}” is now {role}.</translation>
    </message>
    <message>
        <source>解除账号锁定</source>
        <translation>Clearing the lock</translation>
    </message>
    <message>
        <source>已解除“{name}”的锁定。</source>
        <translation>Lock of “{name}” cleared.</translation>
    </message>
    <message>
        <source>停用后“{name}”将不能再登录，历史记录仍然保留。确定停用吗？</source>
        <translation>After deactivation “{name}” can no longer sign in; their history is kept. Deactivate?</translation>
    </message>
    <message>
        <source>已停用“{name}”。</source>
        <translation>“{name}” deactivated.</translation>
    </message>
    <message>
        <source>已启用“{name}”。</source>
        <translation>“{name}” activated.</translation>
    </message>
    <message>
        <source>更改账号状态</source>
        <translation>Changing the account state</translation>
    </message>
    <message>
        <source>用户管理</source>
        <translation>Users</translation>
    </message>
</context>
<context>
    <name>UserManagementView</name>
    <message>
        <source>添加用户…</source>
        <translation>Add user…</translation>
    </message>
    <message>
        <source>重置密码…</source>
        <translation>Reset password…</translation>
    </message>
    <message>
        <source>更改角色…</source>
        <translation>Change role…</translation>
    </message>
    <message>
        <source>解除锁定</source>
        <translation>Clear lock</translation>
    </message>
    <message>
        <source>停用</source>
        <translation>Deactivate</translation>
    </message>
</context>
<context>
    <name>UserTableModel</name>
    <message>
        <source>用户名</source>
        <extracomment>``data(index, ROW_ROLE)`` is the row&apos;s ``UserRow``.</extracomment>
        <translation>User name</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>角色</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>State</translation>
    </message>
    <message>
        <source>已停用</source>
        <translation>Deactivated</translation>
    </message>
    <message>
        <source>已锁定（至 {time}）</source>
        <translation>Locked (until {time})</translation>
    </message>
    <message>
        <source>正常</source>
        <translation>Active</translation>
    </message>
</context>
<context>
    <name>_ActionDialogView</name>
    <message>
        <source>{title} — 售楼接待台</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>取消</source>
        <translation type="unfinished">Cancel</translation>
    </message>
</context>
<context>
    <name>_FormBehaviour</name>
    <message>
        <source>请输入密码。</source>
        <translation>Please enter a password.</translation>
    </message>
    <message>
        <source>两次输入的密码不一致，请检查。</source>
        <translation>The two passwords differ. Please check.</translation>
    </message>
</context>
<context>
    <name>_FormDialog</name>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
</TS>
