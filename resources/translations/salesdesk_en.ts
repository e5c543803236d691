<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
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
    <message>
        <source>报表</source>
        <translation>Report</translation>
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
        <translation>Stop</translation>
    </message>
    <message>
        <source>正在停止：当前这份打印完后停止……</source>
        <translation>Stopping after the current document…</translation>
    </message>
</context>
<context>
    <name>CancelDialog</name>
    <message>
        <source>取消保留 — 售楼接待台</source>
        <translation>Release hold — SalesDesk</translation>
    </message>
    <message>
        <source>取消保留</source>
        <translation>Release hold</translation>
    </message>
    <message>
        <source>返回</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>{customer} · {unit}（{status}）</source>
        <translation>{customer} · {unit} ({status})</translation>
    </message>
    <message>
        <source>客户资金安排变化</source>
        <translation>Customer&apos;s finances changed</translation>
    </message>
    <message>
        <source>客户改选其他房源</source>
        <translation>Customer chose another unit</translation>
    </message>
    <message>
        <source>贷款未获批准</source>
        <translation>Loan not approved</translation>
    </message>
    <message>
        <source>客户家庭意见不一致</source>
        <translation>Customer&apos;s family disagrees</translation>
    </message>
    <message>
        <source>请选择或填写原因</source>
        <translation>Choose or type a reason</translation>
    </message>
    <message>
        <source>取消保留后，房源立即恢复为可售。</source>
        <translation>Once released, the unit is available again at once.</translation>
    </message>
    <message>
        <source>已签约的交易解约只能由销售经理办理。解约后房源恢复为可售，客户阶段随之调整。</source>
        <translation>Only the sales manager can cancel a signed contract. The unit becomes available again and the customer&apos;s stage follows.</translation>
    </message>
    <message>
        <source>退订后房源立即恢复为可售，客户阶段随之调整。定金退还按认购书约定另行办理。</source>
        <translation>The unit becomes available again at once and the customer&apos;s stage follows. Refund the deposit as the subscription agreement says.</translation>
    </message>
    <message>
        <source>{reason}：{detail}</source>
        <translation>{reason}: {detail}</translation>
    </message>
    <message>
        <source>请填写退订原因。</source>
        <translation>Enter the reason for the cancellation.</translation>
    </message>
    <message>
        <source>退订</source>
        <translation>Cancel deal</translation>
    </message>
</context>
<context>
    <name>CancelDialogView</name>
    <message>
        <source>退订</source>
        <translation>Cancel deal</translation>
    </message>
    <message>
        <source>确认退订</source>
        <translation>Confirm cancellation</translation>
    </message>
    <message>
        <source>补充说明（可不填）</source>
        <translation>Details (optional)</translation>
    </message>
    <message>
        <source>退订原因</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>说明</source>
        <translation>Note</translation>
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
        <translation>Print purchase notice</translation>
    </message>
    <message>
        <source>打印</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>{unit}，表价 {price}</source>
        <translation>{unit}, list price {price}</translation>
    </message>
    <message>
        <source>请先查找并选择客户。</source>
        <translation>Find and choose the customer first.</translation>
    </message>
</context>
<context>
    <name>ColumnChooser</name>
    <message>
        <source>显示列</source>
        <extracomment>The set of visible columns changed (by the user or by ``restore_defaults``).</extracomment>
        <translation>Columns</translation>
    </message>
    <message>
        <source>此列始终显示</source>
        <translation>This column is always shown</translation>
    </message>
    <message>
        <source>恢复默认列</source>
        <translation>Restore default columns</translation>
    </message>
</context>
<context>
    <name>ComplaintTableModel</name>
    <message>
        <source>投诉</source>
        <translation>Complaints</translation>
    </message>
    <message>
        <source>投诉数</source>
        <translation>Complaints</translation>
    </message>
    <message>
        <source>未结案</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>超时未首次响应</source>
        <translation>No first response in time</translation>
    </message>
    <message>
        <source>所选时间段内收到</source>
        <translation>Received in the period</translation>
    </message>
    <message>
        <source>目前全部未结案</source>
        <translation>All open today</translation>
    </message>
</context>
<context>
    <name>ConsentRow</name>
    <message>
        <source>记录同意</source>
        <translation>Record consent</translation>
    </message>
    <message>
        <source>撤回同意…</source>
        <translation>Withdraw consent…</translation>
    </message>
</context>
<context>
    <name>ConsultantDayTableModel</name>
    <message>
        <source>置业顾问</source>
        <extracomment>The ``ConsultantDay`` of a line; None on the team-total line. True on the team-total line.</extracomment>
        <translation>Consultant</translation>
    </message>
    <message>
        <source>逾期</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>最久逾期</source>
        <translation>Longest overdue</translation>
    </message>
    <message>
        <source>今日待跟进</source>
        <translation>Due today</translation>
    </message>
    <message>
        <source>售后回访</source>
        <translation>Callbacks</translation>
    </message>
    <message>
        <source>任务</source>
        <translation>Tasks</translation>
    </message>
    <message>
        <source>即将掉池</source>
        <translation>Lapsing soon</translation>
    </message>
    <message>
        <source>生日</source>
        <translation>Birthdays</translation>
    </message>
    <message>
        <source>合计</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>团队合计</source>
        <translation>Team total</translation>
    </message>
    <message>
        <source>{name}（已停用）</source>
        <translation>{name} (deactivated)</translation>
    </message>
    <message>
        <source>{n} 天</source>
        <translation>{n} days</translation>
    </message>
</context>
<context>
    <name>ContractDialog</name>
    <message>
        <source>{customer} · {unit}，成交价 {price}，定金 {deposit}</source>
        <translation>{customer} · {unit}, agreed {price}, deposit {deposit}</translation>
    </message>
    <message>
        <source>签约</source>
        <translation>Sign contract</translation>
    </message>
</context>
<context>
    <name>ContractDialogView</name>
    <message>
        <source>签约</source>
        <translation>Sign contract</translation>
    </message>
    <message>
        <source>《商品房买卖合同》编号</source>
        <translation>Number of the sales contract</translation>
    </message>
    <message>
        <source>合同编号</source>
        <translation>Contract no.</translation>
    </message>
    <message>
        <source>付款方式</source>
        <translation>Payment method</translation>
    </message>
    <message>
        <source>贷款状态</source>
        <translation>Loan status</translation>
    </message>
</context>
<context>
    <name>CustomerCardWidget</name>
    <message>
        <source>查看完整号码…</source>
        <extracomment>The user asked to see the full phone number (masked on the card). A manager asked to give the customer to another consultant (改派).</extracomment>
        <translation>Show full number…</translation>
    </message>
    <message>
        <source>手机</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <source>归属顾问</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>保护状态</source>
        <translation>Protection</translation>
    </message>
    <message>
        <source>来访次数</source>
        <translation>Visits</translation>
    </message>
    <message>
        <source>最近来访</source>
        <translation>Last visit</translation>
    </message>
    <message>
        <source>最近有效跟进</source>
        <translation>Last follow-up</translation>
    </message>
    <message>
        <source>改派（经理）…</source>
        <translation>Reassign (manager)…</translation>
    </message>
    <message>
        <source>把该客户交给其他置业顾问接待：须填写原因，记入客户互动档案</source>
        <translation>Give this customer to another consultant: needs a written reason, recorded on the customer&apos;s timeline</translation>
    </message>
    <message>
        <source>输入手机号，自动查重判客（客户、备用电话、家属电话都能查到）</source>
        <translation>Type the mobile number to look the visitor up (customer, alternate or family member&apos;s phone)</translation>
    </message>
    <message>
        <source>新客户</source>
        <translation>New customer</translation>
    </message>
    <message>
        <source>姓名</source>
        <extracomment>A push button that looks like a link (secondary actions next to a field). Banner colours by tone: (background, border, text).</extracomment>
        <translation>Name</translation>
    </message>
    <message>
        <source>性别</source>
        <translation>Gender</translation>
    </message>
    <message>
        <source>来源渠道</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>意向面积</source>
        <translation>Wanted area</translation>
    </message>
    <message>
        <source>意向户型</source>
        <translation>Wanted layout</translation>
    </message>
    <message>
        <source>年龄段</source>
        <translation>Age band</translation>
    </message>
    <message>
        <source>预算</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>居住区域</source>
        <translation>Home district</translation>
    </message>
    <message>
        <source>工作区域</source>
        <translation>Work district</translation>
    </message>
    <message>
        <source>职业</source>
        <translation>Occupation</translation>
    </message>
    <message>
        <source>购房目的</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <source>（暂无空闲顾问）</source>
        <translation>(nobody free)</translation>
    </message>
    <message>
        <source>新客户，按轮序由 {who} 接待</source>
        <translation>New customer: {who} is next in the rotation</translation>
    </message>
    <message>
        <source>今日再次来访，仍由 {who} 接待（不占轮序）</source>
        <translation>Second visit today: again with {who} (no rotation turn)</translation>
    </message>
    <message>
        <source>老客户，已锁定归属 {who}（不占轮序）</source>
        <translation>Existing customer, locked to {who} (no rotation turn)</translation>
    </message>
    <message>
        <source>老客户，归属顾问 {who}（保护期至 {date}），复访不占轮序</source>
        <translation>Existing customer of {who} (protected until {date}): return visit, no rotation turn</translation>
    </message>
    <message>
        <source>老客户，归属顾问 {who}，复访不占轮序</source>
        <translation>Existing customer of {who}: return visit, no rotation turn</translation>
    </message>
    <message>
        <source>撞单：以最早的完整登记为准，由 {who} 接待</source>
        <translation>Dispute: the earliest complete registration wins; {who} receives</translation>
    </message>
    <message>
        <source>原归属顾问 {owner} 的保护期已过，转入公共客户池，按轮序由 {who} 接待</source>
        <translation>{owner}&apos;s protection has lapsed: to the public pool, and {who} is next in the rotation</translation>
    </message>
    <message>
        <source>公共客户池客户，按轮序由 {who} 接待</source>
        <translation>Public-pool customer: {who} is next in the rotation</translation>
    </message>
    <message>
        <source>无</source>
        <translation>None</translation>
    </message>
    <message>
        <source>保护期内（已成交，长期保护）</source>
        <translation>Protected (a deal was made: no end)</translation>
    </message>
    <message>
        <source>保护期内，至 {date}（还剩 {days} 天）</source>
        <translation>Protected until {date} ({days} days left)</translation>
    </message>
    <message>
        <source>，即将到期</source>
        <translation>, ending soon</translation>
    </message>
    <message>
        <source>保护期已过（{date} 到期）</source>
        <translation>Protection lapsed (ended {date})</translation>
    </message>
    <message>
        <source>已锁定归属（经理锁定，不会过期）</source>
        <translation>Locked to the owner (by a manager, never lapses)</translation>
    </message>
    <message>
        <source>公共客户池（无归属顾问）</source>
        <translation>Public pool (no owner)</translation>
    </message>
    <message>
        <source>竞品踩盘，不占轮序，不建立客户归属</source>
        <translation>Competitor scout: no rotation turn, no ownership</translation>
    </message>
    <message>
        <source>老客户：显示归属顾问、保护期和来访记录，复访归原顾问。
新客户：显示按轮序推荐的接待顾问。
然后 Enter 逐项填写，Ctrl+Enter 登记。</source>
        <translation>Existing customer: owner, protection and visits; a return visit goes to the owner.
New customer: the consultant next in the rotation.
Then Enter from field to field, Ctrl+Enter to register.</translation>
    </message>
    <message>
        <source>（未留姓名）</source>
        <translation>(no name)</translation>
    </message>
    <message>
        <source>按备用电话查到</source>
        <translation>Found by the alternate phone</translation>
    </message>
    <message>
        <source>按家属 {name} 的电话查到</source>
        <translation>Found by family member {name}&apos;s phone</translation>
    </message>
    <message>
        <source>无（公共客户池）</source>
        <translation>None (public pool)</translation>
    </message>
    <message>
        <source>{n} 次</source>
        <translation>{n}</translation>
    </message>
    <message>
        <source>登记不完整，缺：{fields}（撞单时以最早的完整登记为准）</source>
        <translation>Registration incomplete, missing: {fields} (in a dispute the earliest complete registration wins)</translation>
    </message>
</context>
<context>
    <name>CustomerChoice</name>
    <message>
        <source>潜在</source>
        <translation>Lead</translation>
    </message>
    <message>
        <source>来访</source>
        <translation>Visited</translation>
    </message>
    <message>
        <source>认购</source>
        <translation>Subscribed</translation>
    </message>
    <message>
        <source>签约</source>
        <translation>Contracted</translation>
    </message>
    <message>
        <source>交付</source>
        <translation>Delivered</translation>
    </message>
    <message>
        <source>业主</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>流失</source>
        <translation>Lost</translation>
    </message>
    <message>
        <source>退订</source>
        <translation>Cancelled</translation>
    </message>
</context>
<context>
    <name>CustomerChoiceTableModel</name>
    <message>
        <source>姓名</source>
        <extracomment>``data(index, ROW_ROLE)`` is the row&apos;s ``CustomerRow``.</extracomment>
        <translation>Name</translation>
    </message>
    <message>
        <source>电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>置业顾问</source>
        <translation>Consultant</translation>
    </message>
    <message>
        <source>阶段</source>
        <translation>Stage</translation>
    </message>
    <message>
        <source>公共客户</source>
        <translation>Public pool</translation>
    </message>
</context>
<context>
    <name>CustomerFileDialog</name>
    <message>
        <source>未填</source>
        <extracomment>Stages the file sets itself; 认购/签约/交付/退订 follow the deals (``CustomerService``). Fields whose widget holds money in 万元 (the service takes yuan). The customer was saved or changed here (consent, family): the id.</extracomment>
        <translation>Not given</translation>
    </message>
    <message>
        <source>关系</source>
        <translation>Relation</translation>
    </message>
    <message>
        <source>客户档案 — {name}</source>
        <translation>Customer file — {name}</translation>
    </message>
    <message>
        <source>（未填姓名）</source>
        <translation>(no name)</translation>
    </message>
    <message>
        <source>18 位身份证号（需客户授权）</source>
        <translation>18-character ID number (needs the customer&apos;s consent)</translation>
    </message>
    <message>
        <source>认购或签约时登记</source>
        <translation>Recorded at subscription or contract</translation>
    </message>
    <message>
        <source>无</source>
        <translation>None</translation>
    </message>
    <message>
        <source>{when}（资料完整）</source>
        <translation>{when} (complete)</translation>
    </message>
    <message>
        <source>资料未完整，缺：{fields}</source>
        <translation>Incomplete, missing: {fields}</translation>
    </message>
    <message>
        <source>公共客户池（暂无归属顾问）</source>
        <translation>Public pool (no consultant)</translation>
    </message>
    <message>
        <source>置业顾问：{name}</source>
        <translation>Consultant: {name}</translation>
    </message>
    <message>
        <source>自 {day} 起</source>
        <translation>since {day}</translation>
    </message>
    <message>
        <source>保护期至 {day}</source>
        <translation>protected until {day}</translation>
    </message>
    <message>
        <source>保护期已过，将转入公共客户池</source>
        <translation>protection has lapsed; goes to the public pool</translation>
    </message>
    <message>
        <source>经理已锁定归属</source>
        <translation>Locked to the consultant by the manager</translation>
    </message>
    <message>
        <source>公共客户池</source>
        <translation>Public pool</translation>
    </message>
    <message>
        <source>来访 {n} 次</source>
        <translation>{n} visits</translation>
    </message>
    <message>
        <source>首次来访 {when}</source>
        <translation>first visit {when}</translation>
    </message>
    <message>
        <source>最近来访 {when}</source>
        <translation>last visit {when}</translation>
    </message>
    <message>
        <source>最近有效跟进 {when}</source>
        <translation>last effective follow-up {when}</translation>
    </message>
    <message>
        <source>认购、签约、交付、退订由交易流程更新</source>
        <translation>Subscription, contract, delivery and cancellation are set by the deal steps</translation>
    </message>
    <message>
        <source>该阶段由交易流程更新，不能在档案中修改</source>
        <translation>This stage follows the deal steps and cannot be changed here</translation>
    </message>
    <message>
        <source>流失时必填</source>
        <translation>Required when lost</translation>
    </message>
    <message>
        <source>仅在流失时填写</source>
        <translation>Only when the customer is lost</translation>
    </message>
    <message>
        <source>已同意（{when}）</source>
        <translation>Given ({when})</translation>
    </message>
    <message>
        <source>已撤回（{when}）</source>
        <translation>Withdrawn ({when})</translation>
    </message>
    <message>
        <source>未同意</source>
        <translation>Not given</translation>
    </message>
    <message>
        <source>请先取得个人信息收集的基本同意</source>
        <translation>Get the basic consent to collect personal data first</translation>
    </message>
    <message>
        <source>依据的个人信息告知书：第 {version} 版</source>
        <translation>Privacy notice: version {version}</translation>
    </message>
    <message>
        <source>共 {n} 条记录，最新的在最上面。记录只增不删，更正会作为新记录出现。</source>
        <translation>{n} entries, newest first. Entries are never deleted; a correction is a new entry.</translation>
    </message>
    <message>
        <source>没有保存：请改正标出的内容。</source>
        <translation>Not saved: please correct the marked fields.</translation>
    </message>
    <message>
        <source>没有需要保存的修改。</source>
        <translation>Nothing to save.</translation>
    </message>
    <message>
        <source>没有保存：{reason}</source>
        <translation>Not saved: {reason}</translation>
    </message>
    <message>
        <source>保存客户档案</source>
        <translation>Saving the customer file</translation>
    </message>
    <message>
        <source>已保存 {n} 项修改。</source>
        <translation>{n} changes saved.</translation>
    </message>
    <message>
        <source>客户档案</source>
        <translation>Customer file</translation>
    </message>
    <message>
        <source>有修改尚未保存。放弃这些修改并关闭吗？</source>
        <translation>There are unsaved changes. Discard them and close?</translation>
    </message>
    <message>
        <source>查看身份证号：{name}</source>
        <translation>Show the ID number: {name}</translation>
    </message>
    <message>
        <source>身份证号</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>已显示完整身份证号；本次查看已记入审计日志。</source>
        <translation>The full ID number is shown; this was written to the audit log.</translation>
    </message>
    <message>
        <source>已添加家庭成员。</source>
        <translation>Family member added.</translation>
    </message>
    <message>
        <source>移除家庭成员</source>
        <translation>Remove family member</translation>
    </message>
    <message>
        <source>移除后，该成员的手机号将不再关联到本客户。确定移除吗？</source>
        <translation>Their phone will no longer find this customer. Remove?</translation>
    </message>
    <message>
        <source>已移除家庭成员。</source>
        <translation>Family member removed.</translation>
    </message>
    <message>
        <source>撤回基本同意会立即删除手机号和姓名以外的个人信息（含身份证号），且不能恢复。</source>
        <translation>Withdrawing the basic consent erases all personal data except the phone and name (the ID number too) at once; it cannot be undone.</translation>
    </message>
    <message>
        <source>撤回后会立即删除已保存的身份证号。</source>
        <translation>The stored ID number is erased at once.</translation>
    </message>
    <message>
        <source>撤回后不再向该客户发送营销信息。</source>
        <translation>No more marketing messages will be sent to this customer.</translation>
    </message>
    <message>
        <source>未保存的修改将被放弃。</source>
        <translation>Unsaved changes will be discarded.</translation>
    </message>
    <message>
        <source>撤回同意</source>
        <translation>Withdraw consent</translation>
    </message>
    <message>
        <source>确定撤回吗？</source>
        <translation>Withdraw?</translation>
    </message>
    <message>
        <source>已记录同意。</source>
        <translation>Consent recorded.</translation>
    </message>
    <message>
        <source>已撤回同意，相关信息已删除。</source>
        <translation>Consent withdrawn; the data it covered was erased.</translation>
    </message>
</context>
<context>
    <name>CustomerFileView</name>
    <message>
        <source>查看身份证号…</source>
        <translation>Show ID number…</translation>
    </message>
    <message>
        <source>例如 1985-06-01</source>
        <translation>e.g. 1985-06-01</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>性别</source>
        <translation>Gender</translation>
    </message>
    <message>
        <source>年龄段</source>
        <translation>Age band</translation>
    </message>
    <message>
        <source>手机号</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <source>备用电话</source>
        <translation>Alternate phone</translation>
    </message>
    <message>
        <source>生日</source>
        <translation>Birthday</translation>
    </message>
    <message>
        <source>身份证号</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>职业</source>
        <translation>Occupation</translation>
    </message>
    <message>
        <source>居住区域</source>
        <translation>Home district</translation>
    </message>
    <message>
        <source>工作区域</source>
        <translation>Work district</translation>
    </message>
    <message>
        <source>家庭结构</source>
        <translation>Family</translation>
    </message>
    <message>
        <source>来源渠道</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>推荐人</source>
        <translation>Referred by</translation>
    </message>
    <message>
        <source>例如 2026-03-05</source>
        <translation>e.g. 2026-03-05</translation>
    </message>
    <message>
        <source>客户阶段</source>
        <translation>Stage</translation>
    </message>
    <message>
        <source>流失原因</source>
        <translation>Reason lost</translation>
    </message>
    <message>
        <source>下次跟进</source>
        <translation>Next follow-up</translation>
    </message>
    <message>
        <source>登记</source>
        <translation>Registered</translation>
    </message>
    <message>
        <source>基本信息</source>
        <translation>Basic information</translation>
    </message>
    <message>
        <source>职业与家庭</source>
        <translation>Work and family</translation>
    </message>
    <message>
        <source>状态与跟进</source>
        <translation>Status and follow-up</translation>
    </message>
    <message>
        <source>万元</source>
        <translation>×10,000 yuan</translation>
    </message>
    <message>
        <source>最小 ㎡</source>
        <translation>min m²</translation>
    </message>
    <message>
        <source>最大 ㎡</source>
        <translation>max m²</translation>
    </message>
    <message>
        <source>未填</source>
        <translation>Not given</translation>
    </message>
    <message>
        <source> 个月</source>
        <translation> months</translation>
    </message>
    <message>
        <source>已询问价格或房源</source>
        <translation>Asked for prices or units</translation>
    </message>
    <message>
        <source>有交定金意向</source>
        <translation>Intends to pay a deposit</translation>
    </message>
    <message>
        <source>总价预算（万元）</source>
        <translation>Total budget (×10,000 yuan)</translation>
    </message>
    <message>
        <source>首付预算（万元）</source>
        <translation>Down payment (×10,000 yuan)</translation>
    </message>
    <message>
        <source>面积（㎡）</source>
        <translation>Area (m²)</translation>
    </message>
    <message>
        <source>付款方式</source>
        <translation>Payment method</translation>
    </message>
    <message>
        <source>决策周期</source>
        <translation>Decision within</translation>
    </message>
    <message>
        <source>意向户型</source>
        <translation>Layout</translation>
    </message>
    <message>
        <source>楼层偏好</source>
        <translation>Floor</translation>
    </message>
    <message>
        <source>朝向</source>
        <translation>Orientation</translation>
    </message>
    <message>
        <source>装修标准</source>
        <translation>Decoration</translation>
    </message>
    <message>
        <source>购房目的</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <source>期望交付</source>
        <translation>Delivery wanted</translation>
    </message>
    <message>
        <source>关注点</source>
        <translation>Focus points</translation>
    </message>
    <message>
        <source>抗性</source>
        <translation>Objections</translation>
    </message>
    <message>
        <source>已看竞品</source>
        <translation>Competitors visited</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>预算与决策</source>
        <translation>Budget and decision</translation>
    </message>
    <message>
        <source>房源需求</source>
        <translation>Unit wanted</translation>
    </message>
    <message>
        <source>关注点与抗性</source>
        <translation>Focus and objections</translation>
    </message>
    <message>
        <source>关系</source>
        <translation>Relation</translation>
    </message>
    <message>
        <source>添加时间</source>
        <translation>Added</translation>
    </message>
    <message>
        <source>家庭成员的手机号也能在前台找到本客户（判客时视为同一客户）。</source>
        <translation>A family member&apos;s phone also finds this customer at reception (the same customer for ownership).</translation>
    </message>
    <message>
        <source>姓名（可不填）</source>
        <translation>Name (optional)</translation>
    </message>
    <message>
        <source>添加</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>移除选中…</source>
        <translation>Remove selected…</translation>
    </message>
    <message>
        <source>添加家庭成员</source>
        <translation>Add a family member</translation>
    </message>
    <message>
        <source>个人信息收集（基本同意）</source>
        <translation>Personal data (basic consent)</translation>
    </message>
    <message>
        <source>身份证信息</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>营销信息</source>
        <translation>Marketing messages</translation>
    </message>
    <message>
        <source>保存手机号和姓名以外的信息需要客户的基本同意；保存身份证号需要身份证信息授权；发送营销信息需要单独同意。撤回同意会立即删除相应信息，并记入审计日志。</source>
        <translation>Storing anything beyond the phone and name needs the customer&apos;s basic consent; storing the ID number needs the ID consent; marketing messages need their own consent. Withdrawing a consent erases the data it covered at once and is written to the audit log.</translation>
    </message>
    <message>
        <source>购房需求</source>
        <translation>Purchase needs</translation>
    </message>
    <message>
        <source>家庭成员</source>
        <translation>Family</translation>
    </message>
    <message>
        <source>授权同意</source>
        <translation>Consent</translation>
    </message>
    <message>
        <source>互动档案</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>CustomerPicker</name>
    <message>
        <source>可按手机号、姓名或拼音首字母查找。</source>
        <translation>Search by phone, name or pinyin initials.</translation>
    </message>
    <message>
        <source>没有找到“{query}”。</source>
        <translation>Nothing found for &quot;{query}&quot;.</translation>
    </message>
    <message>
        <source>只显示前 {n} 位，请输入更多号码或姓名。</source>
        <translation>Showing the first {n} only; type more of the phone or name.</translation>
    </message>
    <message>
        <source>找到 {n} 位客户。</source>
        <translation>{n} customers found.</translation>
    </message>
</context>
<context>
    <name>CustomerPickerView</name>
    <message>
        <source>输入手机号（至少 3 位）、姓名或拼音首字母</source>
        <translation>Phone (3+ digits), name or pinyin initials</translation>
    </message>
    <message>
        <source>查找</source>
        <translation>Find</translation>
    </message>
</context>
<context>
    <name>CustomerTableModel</name>
    <message>
        <source>此列不能排序</source>
        <extracomment>``data(index, ROW_ROLE)`` is the row&apos;s ``CustomerRow`` (None while not loaded). Stable column names (remembered by the column chooser; the export&apos;s codes). Columns the export service knows (``export_service.COLUMNS``). Columns hidden until the user shows them. Header click → ORDER BY in SQL. Gender and phone are not sortable. Rows read when the view opens or changes (a screenful and some). Rows added by each ``fetchMore`` until the positions are known. Rows read at once after a jump (one ``rows_by_ids`` call). Blocks kept in memory once positions are known (older ones are dropped). Time the count may take (in the worker) before &quot;counting…&quot; is shown until the positions give the exact count. The number of rows of the view; None while it is being counted. Every row of the view can be reached (the ids have arrived). The view was reloaded (a new filter or sort); the first rows are there. The sort in effect changed (or a click on an unsortable column was refused). Reading rows failed (the exception); shown by the page, never from ``data()``. Blocks read whole by id (a hole in one is a customer deleted meanwhile). The query whose positions are still to be read (see ``start_positions``). Start reading positions right after ``set_query`` (False: the caller starts them, e.g. after the first paint). The block last read from (most cells of a paint come from one block). Translated labels by (kind, code), cleared with each query. Rows asked of the service since the last reset (for tests and the benchmark).</extracomment>
        <translation>This column cannot be sorted</translation>
    </message>
    <message>
        <source>客户编号</source>
        <translation>Customer no.</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>性别</source>
        <translation>Gender</translation>
    </message>
    <message>
        <source>手机号</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <source>意向等级</source>
        <translation>Grade</translation>
    </message>
    <message>
        <source>阶段</source>
        <translation>Stage</translation>
    </message>
    <message>
        <source>置业顾问</source>
        <translation>Consultant</translation>
    </message>
    <message>
        <source>来源渠道</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>来访次数</source>
        <translation>Visits</translation>
    </message>
    <message>
        <source>最近来访</source>
        <translation>Last visit</translation>
    </message>
    <message>
        <source>下次跟进</source>
        <translation>Next follow-up</translation>
    </message>
    <message>
        <source>登记时间</source>
        <translation>Registered</translation>
    </message>
    <message>
        <source>更新时间</source>
        <translation>Updated</translation>
    </message>
    <message>
        <source>公共客户池</source>
        <translation>Public pool</translation>
    </message>
    <message>
        <source>号码已隐藏。需要时可“查看完整号码”，查看会记入审计日志。</source>
        <translation>The number is hidden. Use “Show full number” when needed; it is written to the audit log.</translation>
    </message>
    <message>
        <source>跟进已逾期</source>
        <translation>Follow-up overdue</translation>
    </message>
    <message>
        <source>经理已锁定归属</source>
        <translation>Locked to the consultant by the manager</translation>
    </message>
</context>
<context>
    <name>CustomersPage</name>
    <message>
        <source>读取置业顾问名单</source>
        <extracomment>Pause in typing before the search runs. Longest wait for the first paint before the positions are read anyway. Settings key of the hidden columns (column codes). The date range filter starts as the last 30 days when switched on. An export finished (``ExportResult``; ``cancelled`` says whether it stopped early). An export failed (the exception). A customer file was opened (the dialog). The customer to select again once a refresh has its positions.</extracomment>
        <translation>Reading the consultants</translation>
    </message>
    <message>
        <source>{name}（已停用）</source>
        <translation>{name} (deactivated)</translation>
    </message>
    <message>
        <source>管理员不能查看客户信息</source>
        <translation>Administrators cannot see customer data</translation>
    </message>
    <message>
        <source>客户信息只对销售、前台和客服人员开放（信息保密原则）。</source>
        <translation>Customer data is for sales, reception and customer service staff only (confidentiality rule).</translation>
    </message>
    <message>
        <source>没有符合条件的客户</source>
        <translation>No customers match</translation>
    </message>
    <message>
        <source>换个关键词，或清除筛选条件后再看。</source>
        <translation>Try other words, or clear the filters.</translation>
    </message>
    <message>
        <source>还没有客户</source>
        <translation>No customers yet</translation>
    </message>
    <message>
        <source>前台登记来访后，客户会出现在这里。</source>
        <translation>Customers appear here once reception registers their visits.</translation>
    </message>
    <message>
        <source>统计中…</source>
        <translation>Counting…</translation>
    </message>
    <message>
        <source>共 {count} 位客户</source>
        <translation>{count} customers</translation>
    </message>
    <message>
        <source>读取客户没有完成：{reason}</source>
        <translation>Could not read the customers: {reason}</translation>
    </message>
    <message>
        <source>读取客户</source>
        <translation>Reading customers</translation>
    </message>
    <message>
        <source>完整档案只有归属顾问和销售经理可以打开</source>
        <translation>Only the owning consultant and the sales manager can open the full file</translation>
    </message>
    <message>
        <source>打开选中客户的档案（双击或回车）</source>
        <translation>Open the selected customer&apos;s file (double-click or Enter)</translation>
    </message>
    <message>
        <source>已显示完整号码</source>
        <translation>The full number is shown</translation>
    </message>
    <message>
        <source>只有销售经理、前台或归属顾问可以查看该客户的完整号码</source>
        <translation>Only the sales manager, reception or the customer&apos;s consultant may see the full number</translation>
    </message>
    <message>
        <source>查看选中客户的完整手机号（需填写原因，记入审计日志）</source>
        <translation>Show the selected customer&apos;s full number (a reason is required; written to the audit log)</translation>
    </message>
    <message>
        <source>公共客户池</source>
        <translation>the public pool</translation>
    </message>
    <message>
        <source>{name} 归属：{owner}。完整档案只有归属顾问和销售经理可以打开；列表中的姓名、隐藏号码、归属和等级就是判客所需的信息。</source>
        <translation>{name} belongs to: {owner}. Only the owning consultant and the sales manager can open the full file; the name, masked phone, owner and grade in the list are what ownership checks need.</translation>
    </message>
    <message>
        <source>打开客户档案</source>
        <translation>Opening the customer file</translation>
    </message>
    <message>
        <source>查看完整号码：{name}</source>
        <translation>Show the full number: {name}</translation>
    </message>
    <message>
        <source>手机号</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <source>已显示 {name} 的完整号码；本次查看已记入审计日志。</source>
        <translation>{name}&apos;s full number is shown; this was written to the audit log.</translation>
    </message>
    <message>
        <source>客户_{date}</source>
        <translation>customers_{date}</translation>
    </message>
    <message>
        <source>导出客户</source>
        <translation>Export customers</translation>
    </message>
    <message>
        <source>Excel 文件 (*.xlsx)</source>
        <translation>Excel files (*.xlsx)</translation>
    </message>
    <message>
        <source>已导出 {done} / {total} 位客户</source>
        <translation>Exported {done} of {total} customers</translation>
    </message>
    <message>
        <source>正在读取客户列表……</source>
        <translation>Reading the customer list…</translation>
    </message>
    <message>
        <source>正在导出到 {path}……</source>
        <translation>Exporting to {path}…</translation>
    </message>
    <message>
        <source>导出已取消，没有生成文件。</source>
        <translation>Export cancelled; no file was written.</translation>
    </message>
    <message>
        <source>已导出 {count} 位客户到 {path}</source>
        <translation>Exported {count} customers to {path}</translation>
    </message>
    <message>
        <source>导出没有完成：{reason}</source>
        <translation>The export did not finish: {reason}</translation>
    </message>
</context>
<context>
    <name>CustomersView</name>
    <message>
        <source>客户</source>
        <translation>Customers</translation>
    </message>
    <message>
        <source>打开档案</source>
        <translation>Open file</translation>
    </message>
    <message>
        <source>打开选中客户的档案（双击或回车）</source>
        <translation>Open the selected customer&apos;s file (double-click or Enter)</translation>
    </message>
    <message>
        <source>查看完整号码…</source>
        <translation>Show full number…</translation>
    </message>
    <message>
        <source>导出 Excel…</source>
        <translation>Export to Excel…</translation>
    </message>
    <message>
        <source>把当前筛选出的全部客户导出为 Excel 文件</source>
        <translation>Export every customer of the current view to an Excel file</translation>
    </message>
    <message>
        <source>显示列</source>
        <translation>Columns</translation>
    </message>
    <message>
        <source>搜索姓名、手机号或拼音首字母</source>
        <translation>Search name, phone or pinyin initials</translation>
    </message>
    <message>
        <source>姓名（如 张三）、手机号任意 4 位以上连续数字（如后四位 5678）、拼音首字母（如 zs）或全拼（如 zhangs）。Ctrl+F 跳到这里。</source>
        <translation>A name (张三), any 4 or more consecutive digits of a phone (the last four: 5678), pinyin initials (zs) or full pinyin (zhangs). Ctrl+F comes here.</translation>
    </message>
    <message>
        <source>等级</source>
        <translation>Grade</translation>
    </message>
    <message>
        <source>顾问</source>
        <translation>Consultant</translation>
    </message>
    <message>
        <source>阶段</source>
        <translation>Stage</translation>
    </message>
    <message>
        <source>渠道</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>登记日期</source>
        <translation>Registered</translation>
    </message>
    <message>
        <source>至</source>
        <translation>to</translation>
    </message>
    <message>
        <source>跟进逾期</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>公共客户池</source>
        <translation>Public pool</translation>
    </message>
    <message>
        <source>清除筛选</source>
        <translation>Clear filters</translation>
    </message>
    <message>
        <source>没有符合条件的客户</source>
        <translation>No customers match</translation>
    </message>
    <message>
        <source>清除筛选条件</source>
        <translation>Clear the filters</translation>
    </message>
</context>
<context>
    <name>DealActions</name>
    <message>
        <source>已为 {customer} 保留 {unit}，保留至 {time}。</source>
        <translation>{unit} is held for {customer} until {time}.</translation>
    </message>
    <message>
        <source>{customer} 已认购 {unit}，成交价 {price}。</source>
        <translation>{customer} subscribed {unit} at {price}.</translation>
    </message>
    <message>
        <source>{unit} 已签约，合同编号 {number}。</source>
        <translation>{unit} is contracted, contract {number}.</translation>
    </message>
    <message>
        <source>{unit} 已退订，房源恢复为可售。</source>
        <translation>{unit} is cancelled and available again.</translation>
    </message>
    <message>
        <source>{unit} 的交付日期定为 {day}。</source>
        <translation>{unit} will be delivered on {day}.</translation>
    </message>
    <message>
        <source>{unit} 已交付。</source>
        <translation>{unit} is delivered.</translation>
    </message>
    <message>
        <source>验收发现 {n} 个问题，已生成维修单。</source>
        <translation> The inspection found {n} issues; repair items were created.</translation>
    </message>
    <message>
        <source>上一份单据还在生成，请稍候。</source>
        <translation>The previous form is still being made; please wait.</translation>
    </message>
    <message>
        <source>正在生成单据……</source>
        <translation>Making the form…</translation>
    </message>
    <message>
        <source>已打印{title} {number}，已归档。</source>
        <translation>{title} {number} printed and archived.</translation>
    </message>
    <message>
        <source>打印单据</source>
        <translation>Printing the form</translation>
    </message>
    <message>
        <source>{title}（补打，原单号 {number}）</source>
        <translation>{title} (reprint of {number})</translation>
    </message>
</context>
<context>
    <name>DealDialogs</name>
    <message>
        <source>未定</source>
        <extracomment>Rooms and items of the default handover checklist (分户验收).</extracomment>
        <translation>Not decided</translation>
    </message>
</context>
<context>
    <name>DealPanelView</name>
    <message>
        <source>选择一笔交易，查看详情、办理后续业务和已打印的单据。</source>
        <translation>Choose a deal to see it, take its next steps and find its printed forms.</translation>
    </message>
    <message>
        <source>客户</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>置业顾问</source>
        <translation>Consultant</translation>
    </message>
    <message>
        <source>价格</source>
        <translation>Price</translation>
    </message>
    <message>
        <source>定金</source>
        <translation>Deposit</translation>
    </message>
    <message>
        <source>合同</source>
        <translation>Contract</translation>
    </message>
    <message>
        <source>办理经过</source>
        <translation>History</translation>
    </message>
    <message>
        <source>打印购房告知书</source>
        <translation>Print purchase notice</translation>
    </message>
    <message>
        <source>认购…</source>
        <translation>Subscribe…</translation>
    </message>
    <message>
        <source>签约…</source>
        <translation>Sign contract…</translation>
    </message>
    <message>
        <source>安排交付日期…</source>
        <translation>Set delivery date…</translation>
    </message>
    <message>
        <source>打印交付通知书</source>
        <translation>Print delivery notice</translation>
    </message>
    <message>
        <source>交付验收…</source>
        <translation>Handover…</translation>
    </message>
    <message>
        <source>打印交付验收单</source>
        <translation>Print handover form</translation>
    </message>
    <message>
        <source>退订…</source>
        <translation>Cancel…</translation>
    </message>
    <message>
        <source>办理</source>
        <translation>Next steps</translation>
    </message>
    <message>
        <source>预览…</source>
        <translation>Preview…</translation>
    </message>
    <message>
        <source>补打</source>
        <translation>Reprint</translation>
    </message>
    <message>
        <source>登记已签字</source>
        <translation>Record signature</translation>
    </message>
    <message>
        <source>附扫描件…</source>
        <translation>Attach scan…</translation>
    </message>
    <message>
        <source>查看扫描件</source>
        <translation>View scan</translation>
    </message>
    <message>
        <source>还没有打印过单据。</source>
        <translation>No forms printed yet.</translation>
    </message>
    <message>
        <source>单据档案</source>
        <translation>Printed forms</translation>
    </message>
</context>
<context>
    <name>DealTableModel</name>
    <message>
        <source>编号</source>
        <extracomment>``data(index, ROW_ROLE)`` is the row&apos;s ``DealInfo``. Raw values to sort by (numbers, times) rather than the displayed text.</extracomment>
        <translation>No.</translation>
    </message>
    <message>
        <source>客户</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>房源</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>置业顾问</source>
        <translation>Consultant</translation>
    </message>
    <message>
        <source>表价</source>
        <translation>List price</translation>
    </message>
    <message>
        <source>成交价</source>
        <translation>Agreed price</translation>
    </message>
    <message>
        <source>定金</source>
        <translation>Deposit</translation>
    </message>
    <message>
        <source>合同编号</source>
        <translation>Contract no.</translation>
    </message>
    <message>
        <source>最近办理</source>
        <translation>Last step</translation>
    </message>
</context>
<context>
    <name>DealsPage</name>
    <message>
        <source>全部</source>
        <extracomment>The status filter&apos;s choices: a label key and the statuses it shows. A batch of purchase notices ended: the list of ``IssuedDocumentInfo`` issued. The selected deal changed (its DealInfo, or None).</extracomment>
        <translation>All</translation>
    </message>
    <message>
        <source>进行中</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>未分配</source>
        <translation>Unassigned</translation>
    </message>
    <message>
        <source>{status} {n}</source>
        <translation>{status} {n}</translation>
    </message>
    <message>
        <source>显示 {shown} 笔（共 {total} 笔）：{parts}</source>
        <translation>Showing {shown} of {total} deals: {parts}</translation>
    </message>
    <message>
        <source>表价 {list}</source>
        <translation>List price {list}</translation>
    </message>
    <message>
        <source>，成交价 {agreed}</source>
        <translation>, agreed {agreed}</translation>
    </message>
    <message>
        <source>（优惠 {discount}）</source>
        <translation> (discount {discount})</translation>
    </message>
    <message>
        <source>{amount}，{day} 交</source>
        <translation>{amount}, paid {day}</translation>
    </message>
    <message>
        <source>{number}，{method}</source>
        <translation>{number}, {method}</translation>
    </message>
    <message>
        <source>，贷款{status}</source>
        <translation>, loan {status}</translation>
    </message>
    <message>
        <source>{time} 保留（至 {until}）</source>
        <translation>{time} held (until {until})</translation>
    </message>
    <message>
        <source>{time} 认购</source>
        <translation>{time} subscribed</translation>
    </message>
    <message>
        <source>{time} 签约</source>
        <translation>{time} contracted</translation>
    </message>
    <message>
        <source>{day} 计划交付</source>
        <translation>{day} planned delivery</translation>
    </message>
    <message>
        <source>{time} 交付</source>
        <translation>{time} delivered</translation>
    </message>
    <message>
        <source>{time} 退订：{reason}</source>
        <translation>{time} cancelled: {reason}</translation>
    </message>
    <message>
        <source>{time} 保留到期，房源已释放</source>
        <translation>{time} hold expired, unit released</translation>
    </message>
    <message>
        <source>取消保留…</source>
        <translation>Release hold…</translation>
    </message>
    <message>
        <source>解约退房…</source>
        <translation>Cancel contract…</translation>
    </message>
    <message>
        <source>退订…</source>
        <translation>Cancel…</translation>
    </message>
    <message>
        <source>由客户的置业顾问 {consultant} 或销售经理办理后续业务。</source>
        <translation>The next steps are for the customer&apos;s consultant {consultant} or the sales manager.</translation>
    </message>
    <message>
        <source>（未分配）</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>这笔交易已结束，房源已释放。</source>
        <translation>This deal has ended; the unit has been released.</translation>
    </message>
    <message>
        <source>登记签字</source>
        <translation>Record signature</translation>
    </message>
    <message>
        <source>{number} 已登记为已签字，扫描件已归档。</source>
        <translation>{number} recorded as signed; the scan is archived.</translation>
    </message>
    <message>
        <source>{number} 已登记为已签字。</source>
        <translation>{number} recorded as signed.</translation>
    </message>
    <message>
        <source>选择签字后的扫描件</source>
        <translation>Choose the scan of the signed form</translation>
    </message>
    <message>
        <source>扫描件 (*.pdf *.jpg *.jpeg *.png *.tif *.tiff)</source>
        <translation>Scans (*.pdf *.jpg *.jpeg *.png *.tif *.tiff)</translation>
    </message>
    <message>
        <source>没有需要打印购房告知书的交易。</source>
        <translation>No deal needs a purchase notice.</translation>
    </message>
    <message>
        <source>批量打印购房告知书</source>
        <translation>Print purchase notices</translation>
    </message>
    <message>
        <source>为选中的 {n} 笔交易打印购房告知书？</source>
        <translation>Print the purchase notices of the {n} selected deals?</translation>
    </message>
    <message>
        <source>为 {n} 笔尚未打印购房告知书的保留和认购交易打印？</source>
        <translation>Print purchase notices for the {n} held or subscribed deals that have none yet?</translation>
    </message>
    <message>
        <source>每份都会编号归档。打印期间可以继续工作，也可以随时停止。</source>
        <translation>Each one is numbered and archived. You can keep working while they are made, and stop at any time.</translation>
    </message>
    <message>
        <source>正在打印购房告知书 {done} / {total}</source>
        <translation>Printing purchase notices {done} / {total}</translation>
    </message>
    <message>
        <source>已停止：打印了 {n} / {total} 份购房告知书，均已归档。</source>
        <translation>Stopped: {n} of {total} purchase notices printed, all archived.</translation>
    </message>
    <message>
        <source>已打印 {n} 份购房告知书，均已归档，可在单据档案中预览和补打。</source>
        <translation>{n} purchase notices printed and archived; preview or reprint them under Printed forms.</translation>
    </message>
    <message>
        <source>批量打印没有完成：{reason}</source>
        <translation>The batch did not finish: {reason}</translation>
    </message>
    <message>
        <source>优惠审批（{n}）</source>
        <translation>Discount approvals ({n})</translation>
    </message>
    <message>
        <source>优惠审批</source>
        <translation>Discount approvals</translation>
    </message>
</context>
<context>
    <name>DealsView</name>
    <message>
        <source>交易</source>
        <translation>Deals</translation>
    </message>
    <message>
        <source>办理日期</source>
        <translation>Date of last step</translation>
    </message>
    <message>
        <source>客户、房号或合同编号</source>
        <translation>Customer, room or contract no.</translation>
    </message>
    <message>
        <source>刷新</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>批量打印购房告知书…</source>
        <translation>Print purchase notices in a batch…</translation>
    </message>
    <message>
        <source>优惠审批</source>
        <translation>Discount approvals</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>置业顾问</source>
        <translation>Consultant</translation>
    </message>
    <message>
        <source>至</source>
        <translation>to</translation>
    </message>
</context>
<context>
    <name>DiscountApprovalTableModel</name>
    <message>
        <source>客户</source>
        <extracomment>``data(index, ROW_ROLE)`` is the row&apos;s ``ApprovalRow``.</extracomment>
        <translation>Customer</translation>
    </message>
    <message>
        <source>房源</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>优惠金额</source>
        <translation>Discount</translation>
    </message>
    <message>
        <source>占表价</source>
        <translation>Of list price</translation>
    </message>
    <message>
        <source>申请人</source>
        <translation>Requested by</translation>
    </message>
    <message>
        <source>申请时间</source>
        <translation>Requested</translation>
    </message>
    <message>
        <source>说明</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>DiscountApprovalsDialog</name>
    <message>
        <source>审批优惠</source>
        <translation>Deciding the discount</translation>
    </message>
</context>
<context>
    <name>DiscountApprovalsDialogView</name>
    <message>
        <source>房价优惠审批 — 售楼接待台</source>
        <translation>Discount approvals — SalesDesk</translation>
    </message>
    <message>
        <source>待审批的房价优惠</source>
        <translation>Discounts waiting for approval</translation>
    </message>
    <message>
        <source>审批意见（可不填）</source>
        <translation>Comment (optional)</translation>
    </message>
    <message>
        <source>没有待审批的优惠申请。</source>
        <translation>No discount requests are waiting.</translation>
    </message>
    <message>
        <source>驳回</source>
        <translation>Reject</translation>
    </message>
    <message>
        <source>批准</source>
        <translation>Approve</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>DocumentTableModel</name>
    <message>
        <source>单号</source>
        <extracomment>``data(index, ROW_ROLE)`` is the row&apos;s ``IssuedDocumentInfo``.</extracomment>
        <translation>Document no.</translation>
    </message>
    <message>
        <source>单据</source>
        <translation>Form</translation>
    </message>
    <message>
        <source>打印时间</source>
        <translation>Issued</translation>
    </message>
    <message>
        <source>经办人</source>
        <translation>Issued by</translation>
    </message>
    <message>
        <source>签字</source>
        <translation>Signed</translation>
    </message>
    <message>
        <source>未签字</source>
        <translation>Not signed</translation>
    </message>
    <message>
        <source>已签字，有扫描件</source>
        <translation>Signed, scan attached</translation>
    </message>
    <message>
        <source>已签字</source>
        <translation>Signed</translation>
    </message>
    <message>
        <source>{title}（补打）</source>
        <translation>{title} (reprint)</translation>
    </message>
    <message>
        <source>补打自 {number}</source>
        <translation>Reprint of {number}</translation>
    </message>
    <message>
        <source>签字登记于 {time}</source>
        <translation>Signature recorded {time}</translation>
    </message>
    <message>
        <source>SHA-256：{hash}</source>
        <translation>SHA-256: {hash}</translation>
    </message>
</context>
<context>
    <name>DueCustomerTableModel</name>
    <message>
        <source>逾期</source>
        <extracomment>Customers about to lapse to the public pool: a warning, not yet a fault.</extracomment>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>跟进</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <source>生日</source>
        <translation>Birthday</translation>
    </message>
    <message>
        <source>掉入公共池</source>
        <translation>Lapses to pool</translation>
    </message>
    <message>
        <source>客户</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>等级</source>
        <translation>Grade</translation>
    </message>
    <message>
        <source>阶段</source>
        <translation>Stage</translation>
    </message>
    <message>
        <source>置业顾问</source>
        <translation>Consultant</translation>
    </message>
    <message>
        <source>计划跟进日</source>
        <translation>Planned date</translation>
    </message>
    <message>
        <source>公共池</source>
        <translation>Public pool</translation>
    </message>
    <message>
        <source>逾期 {n} 天</source>
        <translation>{n} days overdue</translation>
    </message>
    <message>
        <source>今天</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>1 天内</source>
        <translation>Within 1 day</translation>
    </message>
    <message>
        <source>{n} 天后</source>
        <translation>In {n} days</translation>
    </message>
    <message>
        <source>保护期至 {time}</source>
        <translation>Protected until {time}</translation>
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
    <name>ExportProgressDialog</name>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>正在取消……</source>
        <translation>Cancelling…</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>请输入楼盘名称。</source>
        <translation>Please enter the project&apos;s name.</translation>
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
        <source>这台电脑上还没有任何账号。请填写楼盘名称并创建管理员账号，之后用它为前台、置业顾问和其他同事添加账号。</source>
        <translation>There are no accounts on this computer yet. Enter the project&apos;s name and create the administrator account; then use it to add accounts for reception, consultants and other colleagues.</translation>
    </message>
    <message>
        <source>例如：滨江·云璟府</source>
        <translation>e.g. Binjiang Yunjing Residence</translation>
    </message>
    <message>
        <source>显示在界面上的名字，可不填</source>
        <translation>Name shown in the program (optional)</translation>
    </message>
    <message>
        <source>楼盘名称</source>
        <translation>Project name</translation>
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
    <name>FollowUpDialog</name>
    <message>
        <source>系统暂时无法给出建议。</source>
        <translation>No suggestion is available right now.</translation>
    </message>
    <message>
        <source>系统建议：{grade}</source>
        <translation>Suggested: {grade}</translation>
    </message>
    <message>
        <source>记录跟进 — {name}</source>
        <extracomment>The follow-up was saved: the ``FollowUpResult``.</extracomment>
        <translation>Record follow-up — {name}</translation>
    </message>
    <message>
        <source>完成任务：{kind}（{due} 到期）</source>
        <translation>Completes the task: {kind} (due {due})</translation>
    </message>
    <message>
        <source>生日关怀：今天是客户的生日。</source>
        <translation>Birthday greeting: today is the customer&apos;s birthday.</translation>
    </message>
    <message>
        <source>保持 {grade} 级</source>
        <translation>Keep grade {grade}</translation>
    </message>
    <message>
        <source>暂不分级</source>
        <translation>No grade yet</translation>
    </message>
    <message>
        <source>{grade}（建议）</source>
        <translation>{grade} (suggested)</translation>
    </message>
    <message>
        <source>系统建议 {suggested} 级，改为 {chosen} 级需要填写原因</source>
        <translation>Suggested {suggested}; a reason is needed for {chosen}</translation>
    </message>
    <message>
        <source>按计划：{stage}客户不按等级安排跟进</source>
        <translation>As planned: {stage} customers are not planned by grade</translation>
    </message>
    <message>
        <source>按计划：不变（{date}）</source>
        <translation>As planned: unchanged ({date})</translation>
    </message>
    <message>
        <source>按计划：{grade} 级不安排定期跟进</source>
        <translation>As planned: no regular follow-ups for grade {grade}</translation>
    </message>
    <message>
        <source>{grade} 级每 {n} 天</source>
        <translation>grade {grade}, every {n} days</translation>
    </message>
    <message>
        <source>未分级按 {grade} 级每 {n} 天</source>
        <translation>ungraded, as grade {grade}, every {n} days</translation>
    </message>
    <message>
        <source>按计划：{date}（{rule}）</source>
        <translation>As planned: {date} ({rule})</translation>
    </message>
    <message>
        <source>该客户不会掉入公共池；联系上才算有效跟进。</source>
        <translation>This customer does not lapse to the pool; only reaching the customer counts as effective.</translation>
    </message>
    <message>
        <source>联系上客户：保护期从今天起续 {n} 天。</source>
        <translation>Customer reached: protection is renewed for {n} days from today.</translation>
    </message>
    <message>
        <source>未联系上不算有效跟进：保护期不续期。</source>
        <translation>Not reached is not an effective follow-up: protection is not renewed.</translation>
    </message>
    <message>
        <source>只有联系上客户的跟进才会续期保护期（{n} 天）。</source>
        <translation>Only a follow-up that reaches the customer renews protection ({n} days).</translation>
    </message>
    <message>
        <source>请选择跟进方式</source>
        <translation>Choose the channel</translation>
    </message>
    <message>
        <source>请选择是否联系上客户</source>
        <translation>Say whether the customer was reached</translation>
    </message>
    <message>
        <source>请填写跟进内容</source>
        <translation>Enter what was discussed</translation>
    </message>
    <message>
        <source>系统建议为 {suggested} 级，改为 {chosen} 级需要填写原因</source>
        <translation>The system suggests grade {suggested}; changing to {chosen} needs a reason</translation>
    </message>
    <message>
        <source>保存跟进</source>
        <translation>Saving the follow-up</translation>
    </message>
    <message>
        <source>已记录对{name}的跟进。</source>
        <translation>Follow-up with {name} recorded. </translation>
    </message>
    <message>
        <source>下次跟进 {date}。</source>
        <translation>Next follow-up {date}. </translation>
    </message>
    <message>
        <source>保护期已续至 {date}。</source>
        <translation>Protection renewed until {date}. </translation>
    </message>
    <message>
        <source>未联系上，保护期没有续期。</source>
        <translation>Not reached: protection not renewed. </translation>
    </message>
    <message>
        <source>意向等级改为 {grade} 级。</source>
        <translation>Grade changed to {grade}. </translation>
    </message>
</context>
<context>
    <name>FollowUpDialogView</name>
    <message>
        <source>记录跟进</source>
        <extracomment>Wide enough for the suggestion&apos;s reasons on one or two lines.</extracomment>
        <translation>Record follow-up</translation>
    </message>
    <message>
        <source>已联系上客户</source>
        <translation>Reached the customer</translation>
    </message>
    <message>
        <source>未联系上（未接通、未回复）</source>
        <translation>Not reached (no answer, no reply)</translation>
    </message>
    <message>
        <source>聊了什么：客户的顾虑、关注的房源、家人的意见……</source>
        <translation>What was discussed: concerns, units of interest, the family&apos;s views…</translation>
    </message>
    <message>
        <source>例如：约周六带家人来看样板间</source>
        <translation>e.g. coming on Saturday with the family to see the show flat</translation>
    </message>
    <message>
        <source>与系统建议不同时必填</source>
        <translation>Required when different from the suggestion</translation>
    </message>
    <message>
        <source>指定日期</source>
        <translation>Pick a date</translation>
    </message>
    <message>
        <source>跟进方式</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>是否联系上</source>
        <translation>Reached</translation>
    </message>
    <message>
        <source>跟进内容</source>
        <translation>Content</translation>
    </message>
    <message>
        <source>结果</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>意向等级</source>
        <translation>Grade</translation>
    </message>
    <message>
        <source>调整原因</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>下次跟进</source>
        <translation>Next follow-up</translation>
    </message>
    <message>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Enter</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Ctrl+Enter 保存</source>
        <translation>Ctrl+Enter saves</translation>
    </message>
</context>
<context>
    <name>FollowUpPage</name>
    <message>
        <source>公共客户池</source>
        <extracomment>Rows per list; the counts are exact, the lists say when they show only the first ones. Lines of the team table shown without scrolling (more scroll). Lines of the team table always shown, however small the window. &quot;My day&quot; has been read and shown (or reading it failed and that was said). &quot;My day&quot; is being read (off the GUI thread); ``loaded`` says when it is shown.</extracomment>
        <translation>Public pool</translation>
    </message>
    <message>
        <source>正在读取今天的待办…</source>
        <translation>Reading today&apos;s to-do list…</translation>
    </message>
    <message>
        <source>读取今日待办</source>
        <translation>Reading today&apos;s to-do list</translation>
    </message>
    <message>
        <source>全部团队</source>
        <translation>Whole team</translation>
    </message>
    <message>
        <source>逾期</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>今日待跟进</source>
        <translation>Due today</translation>
    </message>
    <message>
        <source>售后回访</source>
        <translation>Callbacks</translation>
    </message>
    <message>
        <source>任务</source>
        <translation>Tasks</translation>
    </message>
    <message>
        <source>即将掉池</source>
        <translation>Lapsing soon</translation>
    </message>
    <message>
        <source>今日生日</source>
        <translation>Birthdays</translation>
    </message>
    <message>
        <source>{title}（{n}）</source>
        <translation>{title} ({n})</translation>
    </message>
    <message>
        <source>只显示前 {shown} 位，共 {n} 位。</source>
        <translation>Showing the first {shown} of {n}.</translation>
    </message>
    <message>
        <source>保护期不足 {n} 天、即将掉入公共池的客户：联系上客户即可续期</source>
        <translation>Customers with less than {n} days of protection left: reaching them renews it</translation>
    </message>
    <message>
        <source>全队</source>
        <translation>The team</translation>
    </message>
    <message>
        <source>我</source>
        <translation>You</translation>
    </message>
    <message>
        <source>{who}今天没有待办，一切就绪。</source>
        <translation>{who}: nothing due today.</translation>
    </message>
    <message>
        <source>{who}今天共 {n} 项待办</source>
        <translation>{who}: {n} items due today</translation>
    </message>
    <message>
        <source>，其中 &lt;b style=&apos;color:{color}&apos;&gt;{n} 位客户逾期未跟进&lt;/b&gt;（最久 {days} 天）</source>
        <translation>, &lt;b style=&apos;color:{color}&apos;&gt;{n} customers overdue&lt;/b&gt; (longest {days} days)</translation>
    </message>
    <message>
        <source>。</source>
        <translation>.</translation>
    </message>
    <message>
        <source>打开跟进</source>
        <translation>Opening the follow-up</translation>
    </message>
    <message>
        <source>{name}的意向等级已改为 {grade} 级</source>
        <translation>{name}&apos;s grade changed to {grade}</translation>
    </message>
    <message>
        <source>，下次跟进 {date}</source>
        <translation>, next follow-up {date}</translation>
    </message>
    <message>
        <source>意向等级没有变化。</source>
        <translation>The grade did not change.</translation>
    </message>
</context>
<context>
    <name>FollowUpView</name>
    <message>
        <source>跟进</source>
        <translation>Follow-ups</translation>
    </message>
    <message>
        <source>查看</source>
        <translation>Show</translation>
    </message>
    <message>
        <source>客户移交…</source>
        <translation>Transfer customers…</translation>
    </message>
    <message>
        <source>刷新</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>重新读取（F5）</source>
        <translation>Reload (F5)</translation>
    </message>
    <message>
        <source>我的一天</source>
        <translation>My day</translation>
    </message>
</context>
<context>
    <name>FunnelTableModel</name>
    <message>
        <source>环节</source>
        <translation>Step</translation>
    </message>
    <message>
        <source>客户数</source>
        <translation>Customers</translation>
    </message>
    <message>
        <source>占来访</source>
        <translation>Of visitors</translation>
    </message>
    <message>
        <source>较上一步</source>
        <translation>Of previous step</translation>
    </message>
</context>
<context>
    <name>GenderField</name>
    <message>
        <source>先生 1</source>
        <extracomment>Party sizes reception may enter (the service accepts 1-50). Channel codes in the order of SPEC §2; the digit keys 1-8 pick them. Narrowest the registration column and the queue / board column may get. Compact buttons and a light selection in the narrow right-hand column (the status colours of the queue stay readable on a selected row).</extracomment>
        <translation>Mr 1</translation>
    </message>
    <message>
        <source>女士 2</source>
        <translation>Ms 2</translation>
    </message>
</context>
<context>
    <name>GradeDialog</name>
    <message>
        <source>调整意向等级 — {name}</source>
        <extracomment>The grade was saved: the ``GradeChangeInfo``.</extracomment>
        <translation>Change grade — {name}</translation>
    </message>
    <message>
        <source>暂时无法给出建议</source>
        <translation>No suggestion available</translation>
    </message>
    <message>
        <source>不指定日期时，按 {grade} 级每 {n} 天从最近一次联系起重新安排（不早于今天）。</source>
        <translation>Without a date, the next follow-up is re-planned every {n} days (grade {grade}) from the last contact, not before today.</translation>
    </message>
    <message>
        <source>{grade} 级不安排定期跟进。</source>
        <translation>No regular follow-ups for grade {grade}.</translation>
    </message>
    <message>
        <source>系统建议为 {suggested} 级，改为 {chosen} 级需要填写原因</source>
        <translation>The system suggests grade {suggested}; changing to {chosen} needs a reason</translation>
    </message>
    <message>
        <source>调整意向等级</source>
        <translation>Changing the grade</translation>
    </message>
</context>
<context>
    <name>GradeDialogView</name>
    <message>
        <source>调整意向等级</source>
        <translation>Change grade</translation>
    </message>
    <message>
        <source>与系统建议不同时必填</source>
        <translation>Required when different from the suggestion</translation>
    </message>
    <message>
        <source>指定下次跟进日期</source>
        <translation>Pick the next follow-up date</translation>
    </message>
    <message>
        <source>系统建议</source>
        <translation>Suggested</translation>
    </message>
    <message>
        <source>确认等级</source>
        <translation>Grade</translation>
    </message>
    <message>
        <source>调整原因</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>下次跟进</source>
        <translation>Next follow-up</translation>
    </message>
    <message>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>调整</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>原因</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>还没有调整过等级。</source>
        <translation>The grade has not been changed yet.</translation>
    </message>
    <message>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>调整记录</source>
        <translation>History</translation>
    </message>
</context>
<context>
    <name>HandoverDialog</name>
    <message>
        <source>{customer} · {unit}，合同编号 {contract}</source>
        <translation>{customer} · {unit}, contract {contract}</translation>
    </message>
    <message>
        <source>{area}（合同单价 {price}/m²）</source>
        <translation>{area} (contract price {price}/m²)</translation>
    </message>
    <message>
        <source>面积差 {sign}{diff} m²（误差比 {sign}{ratio}）</source>
        <translation>Difference {sign}{diff} m² ({sign}{ratio})</translation>
    </message>
    <message>
        <source>面积补差：业主补缴 {amount}</source>
        <translation>Area adjustment: the owner pays {amount}</translation>
    </message>
    <message>
        <source>面积补差：退还业主 {amount}</source>
        <translation>Area adjustment: refund the owner {amount}</translation>
    </message>
    <message>
        <source>面积补差：无</source>
        <translation>Area adjustment: none</translation>
    </message>
    <message>
        <source>面积误差比超过 {limit}%：按合同约定处理，业主有权退房。</source>
        <translation>The difference exceeds {limit}%: the contract&apos;s terms apply and the owner may return the unit.</translation>
    </message>
    <message>
        <source>合格</source>
        <translation>Pass</translation>
    </message>
    <message>
        <source>共 {total} 项，不合格 {failed} 项。</source>
        <translation>{total} items, {failed} failed.</translation>
    </message>
    <message>
        <source>请填写实测建筑面积。</source>
        <translation>Enter the measured building area.</translation>
    </message>
    <message>
        <source>请填写“{room} {item}”的问题描述。</source>
        <translation>Describe the issue of &quot;{room} {item}&quot;.</translation>
    </message>
    <message>
        <source>交付</source>
        <translation>Delivery</translation>
    </message>
</context>
<context>
    <name>HandoverDialogView</name>
    <message>
        <source>交付验收 / 钥匙交接</source>
        <translation>Handover inspection / keys</translation>
    </message>
    <message>
        <source>完成交付</source>
        <translation>Complete delivery</translation>
    </message>
    <message>
        <source>面积补差</source>
        <translation>Area adjustment</translation>
    </message>
    <message>
        <source>交付日期</source>
        <translation>Delivery date</translation>
    </message>
    <message>
        <source>合同建筑面积</source>
        <translation>Contracted area</translation>
    </message>
    <message>
        <source>实测建筑面积</source>
        <translation>Measured area</translation>
    </message>
    <message>
        <source>水电气表读数</source>
        <translation>Meter readings</translation>
    </message>
    <message>
        <source>水表</source>
        <translation>Water</translation>
    </message>
    <message>
        <source>电表</source>
        <translation>Electricity</translation>
    </message>
    <message>
        <source>燃气表</source>
        <translation>Gas</translation>
    </message>
    <message>
        <source>钥匙和门卡</source>
        <translation>Keys and cards</translation>
    </message>
    <message>
        <source>其他（名称）</source>
        <translation>Other (name)</translation>
    </message>
    <message>
        <source>房间</source>
        <translation>Room</translation>
    </message>
    <message>
        <source>项目</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>合格</source>
        <translation>Pass</translation>
    </message>
    <message>
        <source>问题描述</source>
        <translation>Issue</translation>
    </message>
    <message>
        <source>添加检查项</source>
        <translation>Add item</translation>
    </message>
    <message>
        <source>删除选中项</source>
        <translation>Remove selected</translation>
    </message>
    <message>
        <source>分户验收</source>
        <translation>Inspection</translation>
    </message>
    <message>
        <source>不合格的项目请取消“合格”并写明问题；每个问题会生成一张维修单，跟踪到整改完成。</source>
        <translation>For an item that fails, untick &quot;Pass&quot; and describe the issue; each issue becomes a repair item tracked until it is closed.</translation>
    </message>
</context>
<context>
    <name>HoldDialog</name>
    <message>
        <source>{unit}，{layout}，{area}，表价 {price}</source>
        <translation>{unit}, {layout}, {area}, list price {price}</translation>
    </message>
    <message>
        <source>保留 {hours} 小时，到 {time} 未交定金认购的，房源自动恢复可售。拟成交价和付款方式会印在购房告知书上。</source>
        <translation>Held for {hours} hours: without a deposit by {time} the unit becomes available again. The proposed price and payment method are printed on the purchase notice.</translation>
    </message>
    <message>
        <source>请先查找并选择客户。</source>
        <translation>Find and choose the customer first.</translation>
    </message>
    <message>
        <source>保留房源</source>
        <translation>Hold unit</translation>
    </message>
</context>
<context>
    <name>HoldDialogView</name>
    <message>
        <source>保留房源</source>
        <translation>Hold unit</translation>
    </message>
    <message>
        <source>保留</source>
        <translation>Hold</translation>
    </message>
    <message>
        <source>如：赠送车位使用权一年（可不填）</source>
        <translation>e.g. a year&apos;s use of a parking space (optional)</translation>
    </message>
    <message>
        <source>拟成交价</source>
        <translation>Proposed price</translation>
    </message>
    <message>
        <source>付款方式</source>
        <translation>Payment method</translation>
    </message>
    <message>
        <source>个性化变更</source>
        <translation>Personalised changes</translation>
    </message>
    <message>
        <source>为哪位客户保留</source>
        <translation>Hold for which customer</translation>
    </message>
</context>
<context>
    <name>ImportRejectionTableModel</name>
    <message>
        <source>楼栋</source>
        <extracomment>The file&apos;s own columns start here. ``data(index, ROW_ROLE)`` is the row&apos;s ``RejectedRow``.</extracomment>
        <translation>Building</translation>
    </message>
    <message>
        <source>单元</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>楼层</source>
        <translation>Floor</translation>
    </message>
    <message>
        <source>房号</source>
        <translation>Room</translation>
    </message>
    <message>
        <source>户型</source>
        <translation>Layout</translation>
    </message>
    <message>
        <source>建筑面积</source>
        <translation>Building area</translation>
    </message>
    <message>
        <source>套内面积</source>
        <translation>Inner area</translation>
    </message>
    <message>
        <source>朝向</source>
        <translation>Orientation</translation>
    </message>
    <message>
        <source>表价</source>
        <translation>List price</translation>
    </message>
    <message>
        <source>行号</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>原因</source>
        <translation>Reason</translation>
    </message>
</context>
<context>
    <name>ImportReportDialog</name>
    <message>
        <source>共 {total} 行：新增 {created} 套，更新 {updated} 套，未导入 {rejected} 行。</source>
        <translation>{total} rows: {created} units added, {updated} updated, {rejected} rows not imported.</translation>
    </message>
    <message>
        <source>新建楼栋：{names}</source>
        <translation>New buildings: {names}</translation>
    </message>
    <message>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <source>这是试导入，没有保存任何房源。</source>
        <translation>This was a trial run; no unit was saved.</translation>
    </message>
    <message>
        <source>以下各行没有导入，请按原因修改后重新导入：</source>
        <translation>These rows were not imported; correct them as the reason says and import them again:</translation>
    </message>
    <message>
        <source>所有行都已导入。</source>
        <translation>Every row was imported.</translation>
    </message>
    <message>
        <source>保存未导入的行</source>
        <translation>Save rejected rows</translation>
    </message>
    <message>
        <source>未导入的房源.xlsx</source>
        <translation>Rejected units.xlsx</translation>
    </message>
    <message>
        <source>Excel 文件 (*.xlsx)</source>
        <translation>Excel files (*.xlsx)</translation>
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
    <name>ImportReportDialogView</name>
    <message>
        <source>导入结果 — 售楼接待台</source>
        <translation>Import result — SalesDesk</translation>
    </message>
    <message>
        <source>房源导入结果</source>
        <translation>Unit import result</translation>
    </message>
    <message>
        <source>保存未导入的行…</source>
        <translation>Save rejected rows…</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
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
    <message>
        <source>未分级</source>
        <translation>Not graded</translation>
    </message>
    <message>
        <source>A 高意向</source>
        <translation>A high intent</translation>
    </message>
    <message>
        <source>B 中意向</source>
        <translation>B medium intent</translation>
    </message>
    <message>
        <source>C 低意向</source>
        <translation>C low intent</translation>
    </message>
    <message>
        <source>D 无意向</source>
        <translation>D no intent</translation>
    </message>
    <message>
        <source>潜在</source>
        <translation>Lead</translation>
    </message>
    <message>
        <source>来访</source>
        <translation>Visited</translation>
    </message>
    <message>
        <source>认购</source>
        <translation>Subscribed</translation>
    </message>
    <message>
        <source>签约</source>
        <translation>Contracted</translation>
    </message>
    <message>
        <source>交付</source>
        <translation>Delivered</translation>
    </message>
    <message>
        <source>业主</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>流失</source>
        <translation>Lost</translation>
    </message>
    <message>
        <source>退订</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>自然来访</source>
        <translation>Walk-in</translation>
    </message>
    <message>
        <source>来电</source>
        <translation>Phone call</translation>
    </message>
    <message>
        <source>网络</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>中介带看</source>
        <translation>Agency</translation>
    </message>
    <message>
        <source>老带新</source>
        <translation>Referral</translation>
    </message>
    <message>
        <source>广告</source>
        <translation>Advertising</translation>
    </message>
    <message>
        <source>活动</source>
        <translation>Event</translation>
    </message>
    <message>
        <source>其他</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>男</source>
        <translation>Male</translation>
    </message>
    <message>
        <source>女</source>
        <translation>Female</translation>
    </message>
    <message>
        <source>自住</source>
        <translation>Own use</translation>
    </message>
    <message>
        <source>改善</source>
        <translation>Upgrade</translation>
    </message>
    <message>
        <source>投资</source>
        <translation>Investment</translation>
    </message>
    <message>
        <source>教育</source>
        <translation>Education</translation>
    </message>
    <message>
        <source>养老</source>
        <translation>Retirement</translation>
    </message>
    <message>
        <source>毛坯</source>
        <translation>Unfinished</translation>
    </message>
    <message>
        <source>精装</source>
        <translation>Finished</translation>
    </message>
    <message>
        <source>价格</source>
        <translation>Price</translation>
    </message>
    <message>
        <source>地段</source>
        <translation>Location</translation>
    </message>
    <message>
        <source>学区</source>
        <translation>School district</translation>
    </message>
    <message>
        <source>交通</source>
        <translation>Transport</translation>
    </message>
    <message>
        <source>配套</source>
        <translation>Amenities</translation>
    </message>
    <message>
        <source>品牌</source>
        <translation>Brand</translation>
    </message>
    <message>
        <source>户型</source>
        <translation>Layout</translation>
    </message>
    <message>
        <source>配偶</source>
        <translation>Spouse</translation>
    </message>
    <message>
        <source>父母</source>
        <translation>Parent</translation>
    </message>
    <message>
        <source>子女</source>
        <translation>Child</translation>
    </message>
    <message>
        <source>个人信息收集（基本同意）</source>
        <translation>Personal data (basic consent)</translation>
    </message>
    <message>
        <source>身份证信息</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>营销信息</source>
        <translation>Marketing messages</translation>
    </message>
    <message>
        <source>先生</source>
        <translation>Mr</translation>
    </message>
    <message>
        <source>女士</source>
        <translation>Ms</translation>
    </message>
    <message>
        <source>首访</source>
        <translation>First</translation>
    </message>
    <message>
        <source>复访</source>
        <translation>Return</translation>
    </message>
    <message>
        <source>当日再访</source>
        <translation>Same day</translation>
    </message>
    <message>
        <source>踩盘</source>
        <translation>Scout</translation>
    </message>
    <message>
        <source>空闲</source>
        <translation>Free</translation>
    </message>
    <message>
        <source>接待中</source>
        <translation>Busy</translation>
    </message>
    <message>
        <source>请假</source>
        <translation>On leave</translation>
    </message>
    <message>
        <source>已签退</source>
        <translation>Signed out</translation>
    </message>
    <message>
        <source>签到</source>
        <translation>Sign-in</translation>
    </message>
    <message>
        <source>分配</source>
        <translation>Assigned</translation>
    </message>
    <message>
        <source>跳过</source>
        <translation>Skipped</translation>
    </message>
    <message>
        <source>签退</source>
        <translation>Sign-out</translation>
    </message>
    <message>
        <source>保护期内</source>
        <translation>Protected</translation>
    </message>
    <message>
        <source>保护期已过</source>
        <translation>Lapsed</translation>
    </message>
    <message>
        <source>已锁定</source>
        <translation>Locked</translation>
    </message>
    <message>
        <source>公共客户池</source>
        <translation>Public pool</translation>
    </message>
    <message>
        <source>老客户复访</source>
        <translation>Return visit</translation>
    </message>
    <message>
        <source>竞品踩盘</source>
        <translation>Competitor scout</translation>
    </message>
    <message>
        <source>撞单</source>
        <translation>Dispute</translation>
    </message>
    <message>
        <source>按轮序</source>
        <translation>Rotation</translation>
    </message>
    <message>
        <source>电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>短信</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>微信</source>
        <translation>WeChat</translation>
    </message>
    <message>
        <source>邮件</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>面谈</source>
        <translation>Face to face</translation>
    </message>
    <message>
        <source>上门</source>
        <translation>Home visit</translation>
    </message>
    <message>
        <source>常规跟进</source>
        <translation>Regular follow-up</translation>
    </message>
    <message>
        <source>认购回访</source>
        <translation>Subscription callback</translation>
    </message>
    <message>
        <source>签约回访</source>
        <translation>Contract callback</translation>
    </message>
    <message>
        <source>交付回访</source>
        <translation>Delivery callback</translation>
    </message>
    <message>
        <source>介绍新顾问</source>
        <translation>Introduce new consultant</translation>
    </message>
    <message>
        <source>生日关怀</source>
        <translation>Birthday greeting</translation>
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
        <extracomment>Longest database location shown in the status bar; the full one is in the tooltip. How long the reminder stays in the status bar (the banner stays until closed). The user chose &quot;切换用户&quot;; the session closes this window and shows sign-in. The window is being closed by the user (not by signing out): the app should end.</extracomment>
        <translation>{what} will be available in a later version.</translation>
    </message>
    <message>
        <source>接待台</source>
        <translation>Reception</translation>
    </message>
    <message>
        <source>客户</source>
        <translation>Customers</translation>
    </message>
    <message>
        <source>跟进</source>
        <translation>Follow-ups</translation>
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
    <name>MixTableModel</name>
    <message>
        <source>来源渠道</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>意向等级</source>
        <translation>Intent grade</translation>
    </message>
    <message>
        <source>新来访客户</source>
        <translation>New visitors</translation>
    </message>
    <message>
        <source>占比</source>
        <translation>Share</translation>
    </message>
    <message>
        <source>合计</source>
        <translation>Total</translation>
    </message>
</context>
<context>
    <name>MultiSelectButton</name>
    <message>
        <source>全部（不筛选）</source>
        <extracomment>The widest usual content of each column: the first width is measured from it (and from the header), so the columns fit whatever the font and its size. Room for the cell padding and the header&apos;s sort arrow.</extracomment>
        <translation>All (no filter)</translation>
    </message>
    <message>
        <source>{title}：全部</source>
        <translation>{title}: all</translation>
    </message>
    <message>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <source>{title}：{values}</source>
        <translation>{title}: {values}</translation>
    </message>
    <message>
        <source>{title}：已选 {n} 项</source>
        <translation>{title}: {n} selected</translation>
    </message>
</context>
<context>
    <name>MyDayView</name>
    <message>
        <source>团队（点选一行查看该顾问的清单，点选“团队合计”看全队）</source>
        <translation>Team (click a line for that consultant&apos;s lists, &quot;Team total&quot; for everyone)</translation>
    </message>
    <message>
        <source>没有逾期的跟进。</source>
        <translation>No overdue follow-ups.</translation>
    </message>
    <message>
        <source>今天没有计划跟进的客户。</source>
        <translation>No follow-ups planned for today.</translation>
    </message>
    <message>
        <source>没有到期的售后回访。</source>
        <translation>No callbacks due.</translation>
    </message>
    <message>
        <source>没有到期的任务。</source>
        <translation>No tasks due.</translation>
    </message>
    <message>
        <source>没有即将掉入公共池的客户。</source>
        <translation>No customers about to lapse to the pool.</translation>
    </message>
    <message>
        <source>今天没有过生日的客户（只显示同意接收营销信息的客户）。</source>
        <translation>No birthdays today (only customers who agreed to marketing are shown).</translation>
    </message>
    <message>
        <source>记录跟进…</source>
        <translation>Record follow-up…</translation>
    </message>
    <message>
        <source>选中一行后按 Enter，或双击该行</source>
        <translation>Select a row and press Enter, or double-click it</translation>
    </message>
    <message>
        <source>调整意向等级…</source>
        <translation>Change grade…</translation>
    </message>
    <message>
        <source>选中一行后按 Enter 记录跟进。只有联系上客户的跟进才会续期保护期。</source>
        <translation>Select a row and press Enter to record a follow-up. Only reaching the customer renews protection.</translation>
    </message>
</context>
<context>
    <name>OverdueTableModel</name>
    <message>
        <source>人员</source>
        <translation>Staff member</translation>
    </message>
    <message>
        <source>逾期未跟进客户</source>
        <translation>Overdue customers</translation>
    </message>
    <message>
        <source>最久逾期</source>
        <translation>Longest overdue</translation>
    </message>
    <message>
        <source>逾期售后回访</source>
        <translation>Overdue callbacks</translation>
    </message>
    <message>
        <source>{name}（已停用）</source>
        <translation>{name} (deactivated)</translation>
    </message>
    <message>
        <source>合计（{n} 人）</source>
        <translation>Total ({n} people)</translation>
    </message>
</context>
<context>
    <name>OwnedCustomerTableModel</name>
    <message>
        <source>客户</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>等级</source>
        <translation>Grade</translation>
    </message>
    <message>
        <source>阶段</source>
        <translation>Stage</translation>
    </message>
    <message>
        <source>下次跟进</source>
        <translation>Next follow-up</translation>
    </message>
    <message>
        <source>锁定</source>
        <translation>Locked</translation>
    </message>
    <message>
        <source>已锁定</source>
        <translation>Locked</translation>
    </message>
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message>
        <source>找不到文件：{path}</source>
        <extracomment>Pages are rendered for the printer at most at this resolution (an A4 page at 300 dpi is a 35 MB image; more gains nothing on office printers and costs memory).</extracomment>
        <translation>File not found: {path}</translation>
    </message>
    <message>
        <source>无法打开 PDF 文件：{path}</source>
        <translation>Cannot open the PDF file: {path}</translation>
    </message>
    <message>
        <source>PDF 无法显示。</source>
        <translation>The PDF cannot be shown.</translation>
    </message>
    <message>
        <source>共 {n} 页</source>
        <translation>{n} pages</translation>
    </message>
    <message>
        <source>正在载入……</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>注意：没有找到可嵌入的中文字体，本单据使用了内置替代字体。在其他电脑或打印机上，中文可能显示为其他字体甚至方框。请在“设置”中指定中文字体文件。</source>
        <translation>Note: no embeddable Chinese font was found, so this form uses a built-in substitute font. On other computers or printers the Chinese text may show in another font or even as boxes. Choose a Chinese font file in Settings.</translation>
    </message>
    <message>
        <source>打印{title}</source>
        <translation>Print {title}</translation>
    </message>
    <message>
        <source>打印</source>
        <translation>Printing</translation>
    </message>
    <message>
        <source>已发送到打印机。</source>
        <translation>Sent to the printer.</translation>
    </message>
    <message>
        <source>打印机无法开始打印</source>
        <translation>The printer could not start printing</translation>
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
    <name>PdfPreviewView</name>
    <message>
        <source>打印预览 — 售楼接待台</source>
        <translation>Print preview — SalesDesk</translation>
    </message>
    <message>
        <source>缩小</source>
        <translation>Zoom out</translation>
    </message>
    <message>
        <source>放大</source>
        <translation>Zoom in</translation>
    </message>
    <message>
        <source>适合宽度</source>
        <translation>Fit width</translation>
    </message>
    <message>
        <source>存为 PDF…</source>
        <translation>Save as PDF…</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>打印…</source>
        <translation>Print…</translation>
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
    <name>PoolPanel</name>
    <message>
        <source>顾问的客户</source>
        <extracomment>Something to say on the page (a claim, a release).</extracomment>
        <translation>Consultant&apos;s customers</translation>
    </message>
    <message>
        <source>我的客户</source>
        <translation>My customers</translation>
    </message>
    <message>
        <source>置业顾问从公共池领取客户；经理可锁定客户（不掉入公共池）或解除锁定。</source>
        <translation>Consultants claim customers from the pool; a manager can lock a customer (it never lapses) or unlock it.</translation>
    </message>
    <message>
        <source>今日已领取 {claims}/{daily}，名下 {active}/{cap}</source>
        <translation>Claimed today {claims}/{daily}, active customers {active}/{cap}</translation>
    </message>
    <message>
        <source>今天还可以领取 {n} 位。</source>
        <translation>{n} more claims possible today.</translation>
    </message>
    <message>
        <source>名下在跟客户已达上限，请先跟进或释放部分客户。</source>
        <translation>You hold the maximum number of customers; follow up or release some first.</translation>
    </message>
    <message>
        <source>今天的领取名额已用完，明天再来。</source>
        <translation>Today&apos;s claims are used up; come back tomorrow.</translation>
    </message>
    <message>
        <source>领取客户</source>
        <translation>Claiming customers</translation>
    </message>
    <message>
        <source>已领取：{names}。请在今天内跟进。</source>
        <translation>Claimed: {names}. Follow up today.</translation>
    </message>
    <message>
        <source>释放到公共池</source>
        <translation>Release to the pool</translation>
    </message>
    <message>
        <source>把 {name} 释放到公共池？释放后其他置业顾问可以领取。请填写原因：</source>
        <translation>Release {name} to the public pool? Other consultants can then claim them. Reason:</translation>
    </message>
    <message>
        <source>已释放到公共池。</source>
        <translation>Released to the public pool.</translation>
    </message>
    <message>
        <source>锁定客户</source>
        <translation>Lock customer</translation>
    </message>
    <message>
        <source>锁定 {name}：保护期过后也不会掉入公共池。原因（选填）：</source>
        <translation>Lock {name}: they will not lapse to the pool. Reason (optional):</translation>
    </message>
    <message>
        <source>解除锁定</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <source>解除 {name} 的锁定：置业顾问将有 {n} 天时间跟进。原因（选填）：</source>
        <translation>Unlock {name}: the consultant gets {n} days to follow up. Reason (optional):</translation>
    </message>
    <message>
        <source>已锁定。</source>
        <translation>Locked.</translation>
    </message>
    <message>
        <source>已解除锁定。</source>
        <translation>Unlocked.</translation>
    </message>
</context>
<context>
    <name>PoolPanelView</name>
    <message>
        <source>领取</source>
        <translation>Claim</translation>
    </message>
    <message>
        <source>保护期已过或被释放的客户。电话已隐藏，领取后可查看完整资料，并需在今天跟进。</source>
        <translation>Customers whose protection ran out or who were released. Phones are hidden; claim a customer to see the full file, and follow up today.</translation>
    </message>
    <message>
        <source>公共客户池</source>
        <translation>Public pool</translation>
    </message>
    <message>
        <source>置业顾问</source>
        <translation>Consultant</translation>
    </message>
    <message>
        <source>释放到公共池…</source>
        <translation>Release to pool…</translation>
    </message>
    <message>
        <source>锁定…</source>
        <translation>Lock…</translation>
    </message>
    <message>
        <source>锁定后客户不会因保护期已过而掉入公共池</source>
        <translation>A locked customer does not lapse to the pool when protection runs out</translation>
    </message>
    <message>
        <source>解除锁定…</source>
        <translation>Unlock…</translation>
    </message>
    <message>
        <source>我的客户</source>
        <translation>My customers</translation>
    </message>
</context>
<context>
    <name>PoolReasonDialog</name>
    <message>
        <source>必填</source>
        <translation>Required</translation>
    </message>
    <message>
        <source>选填</source>
        <translation>Optional</translation>
    </message>
    <message>
        <source>请填写原因</source>
        <translation>Enter a reason</translation>
    </message>
</context>
<context>
    <name>PoolReasonDialogView</name>
    <message>
        <source>确定</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>PoolTableModel</name>
    <message>
        <source>客户</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>等级</source>
        <translation>Grade</translation>
    </message>
    <message>
        <source>阶段</source>
        <translation>Stage</translation>
    </message>
    <message>
        <source>意向户型</source>
        <translation>Wanted layout</translation>
    </message>
    <message>
        <source>最近来访</source>
        <translation>Last visit</translation>
    </message>
    <message>
        <source>进入公共池</source>
        <translation>In pool since</translation>
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
    <name>RankingTableModel</name>
    <message>
        <source>名次</source>
        <translation>Rank</translation>
    </message>
    <message>
        <source>置业顾问</source>
        <translation>Consultant</translation>
    </message>
    <message>
        <source>接待数</source>
        <translation>Receptions</translation>
    </message>
    <message>
        <source>成交数</source>
        <translation>Deals</translation>
    </message>
    <message>
        <source>成交金额</source>
        <translation>Deal amount</translation>
    </message>
    <message>
        <source>满意度</source>
        <translation>Satisfaction</translation>
    </message>
    <message>
        <source>{name}（已停用）</source>
        <translation>{name} (deactivated)</translation>
    </message>
    <message>
        <source>合计（{n} 人）</source>
        <translation>Total ({n} people)</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <source>例如：该顾问正在带客户看样板间</source>
        <extracomment>Roles that run the queue for everybody (a consultant only signs themself in and out).</extracomment>
        <translation>e.g. showing a customer the show flat</translation>
    </message>
    <message>
        <source>请写明原因。</source>
        <translation>Please give a reason.</translation>
    </message>
</context>
<context>
    <name>ReasonTableModel</name>
    <message>
        <source>流失原因</source>
        <translation>Reason lost</translation>
    </message>
    <message>
        <source>客户数</source>
        <translation>Customers</translation>
    </message>
    <message>
        <source>占流失客户</source>
        <translation>Of lost customers</translation>
    </message>
    <message>
        <source>合计</source>
        <translation>Total</translation>
    </message>
</context>
<context>
    <name>ReceptionPage</name>
    <message>
        <source>管理员不查看客户信息，不能登记来访。</source>
        <extracomment>Milliseconds after the last key before a phone that may still grow is looked up. How often the board&apos;s elapsed minutes and the queue are brought up to date. Roles that may register visits (ReceptionService.register_visit). Wanted layouts offered in the combo; the digit keys 1-5 stand for them. Service field names → the form field that shows the message. A visit was registered: its ``RegistrationResult``. A visitor was checked out: the ``VisitRow`` with its duration. The phone text the plan was made for. Name and gender copied from a card (replaced when another phone is typed). Visits registered today (recounted on F5 and after each write).</extracomment>
        <translation>Administrators see no customer data and cannot register visits.</translation>
    </message>
    <message>
        <source>只有前台、置业顾问和销售经理可以登记来访。</source>
        <translation>Only reception, consultants and managers can register visits.</translation>
    </message>
    <message>
        <source>{name} · 未签到</source>
        <translation>{name} · not signed in</translation>
    </message>
    <message>
        <source>在场 {groups} 组 · {people} 人 · 今日来访 {today} 组</source>
        <translation>In the office: {groups} groups · {people} people · today {today} visits</translation>
    </message>
    <message>
        <source>已识别：{phone}</source>
        <translation>Recognised: {phone}</translation>
    </message>
    <message>
        <source>继续输入号码…</source>
        <translation>Keep typing the number…</translation>
    </message>
    <message>
        <source>改派：请选择新的接待顾问并写明原因，登记后记入客户互动档案。</source>
        <translation>Reassign: choose the new consultant and give a reason; it is recorded on the customer&apos;s timeline.</translation>
    </message>
    <message>
        <source>改派原因</source>
        <translation>Reassign reason</translation>
    </message>
    <message>
        <source>经理改派的原因，例如：原顾问离职，客户要求换人</source>
        <translation>Why the manager reassigns, e.g. the consultant left</translation>
    </message>
    <message>
        <source>不按轮序</source>
        <translation>Not in turn</translation>
    </message>
    <message>
        <source>为什么不给轮到的顾问，例如：客户指定该顾问</source>
        <translation>Why not the consultant in turn, e.g. the customer asked for this one</translation>
    </message>
    <message>
        <source>经理改派须写明原因</source>
        <translation>A reassignment needs a reason</translation>
    </message>
    <message>
        <source>没有按轮序分配，请写明原因</source>
        <translation>Not the consultant in turn: please give a reason</translation>
    </message>
    <message>
        <source>请选择另一位置业顾问</source>
        <translation>Choose another consultant</translation>
    </message>
    <message>
        <source>来访登记</source>
        <translation>Visit registration</translation>
    </message>
    <message>
        <source>须先勾选“同意收集个人信息”</source>
        <translation>Tick the customer&apos;s consent first</translation>
    </message>
    <message>
        <source>{message}
卡片已刷新：核对后再按 Ctrl+Enter 登记即可。</source>
        <translation>{message}
The card has been refreshed: check it and press Ctrl+Enter again.</translation>
    </message>
    <message>
        <source>访客</source>
        <translation>Visitor</translation>
    </message>
    <message>
        <source>已登记：{who}（{kind}），由 {consultant} 接待</source>
        <translation>Registered: {who} ({kind}), received by {consultant}</translation>
    </message>
    <message>
        <source>占用一次轮序</source>
        <translation>used a rotation turn</translation>
    </message>
    <message>
        <source>不占轮序</source>
        <translation>no rotation turn</translation>
    </message>
    <message>
        <source>。</source>
        <translation>.</translation>
    </message>
    <message>
        <source>登记还不完整（缺：{fields}），请顾问接待时补齐。</source>
        <translation>The registration is incomplete (missing: {fields}); the consultant should complete it.</translation>
    </message>
    <message>
        <source>清空登记</source>
        <translation>Clear registration</translation>
    </message>
    <message>
        <source>清空已填写的内容，重新登记？</source>
        <translation>Clear what was typed and start again?</translation>
    </message>
    <message>
        <source>查看完整号码</source>
        <translation>Show full number</translation>
    </message>
    <message>
        <source>手机号</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <source>请写数字，如 90-120</source>
        <translation>Numbers, e.g. 90-120</translation>
    </message>
    <message>
        <source>有 {n} 处需要修改：{fields}（见红字）</source>
        <translation>{n} to correct: {fields} (see the red text)</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>性别</source>
        <translation>Gender</translation>
    </message>
    <message>
        <source>来访人数</source>
        <translation>Party size</translation>
    </message>
    <message>
        <source>来源渠道</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>接待顾问</source>
        <translation>Consultant</translation>
    </message>
    <message>
        <source>客户同意</source>
        <translation>Consent</translation>
    </message>
    <message>
        <source>意向面积</source>
        <translation>Wanted area</translation>
    </message>
    <message>
        <source>意向户型</source>
        <translation>Wanted layout</translation>
    </message>
    <message>
        <source>备用电话</source>
        <translation>Alternate phone</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>请先在列表中选中离开的访客。</source>
        <translation>Select the visitor who is leaving first.</translation>
    </message>
    <message>
        <source>目前没有在场的访客。</source>
        <translation>Nobody is in the office now.</translation>
    </message>
    <message>
        <source>离店登记</source>
        <translation>Check-out</translation>
    </message>
    <message>
        <source>{name} 已离店，停留 {minutes} 分钟。</source>
        <translation>{name} checked out after {minutes} minutes.</translation>
    </message>
</context>
<context>
    <name>ReceptionView</name>
    <message>
        <source>来访登记</source>
        <translation>Visit registration</translation>
    </message>
    <message>
        <source>F2 新登记 · Enter 下一项 · Ctrl+Enter 登记 · Esc 清空 · F5 刷新</source>
        <translation>F2 new · Enter next · Ctrl+Enter register · Esc clear · F5 refresh</translation>
    </message>
    <message>
        <source>输入客户手机号</source>
        <translation>Customer&apos;s mobile</translation>
    </message>
    <message>
        <source>竞品踩盘(&amp;T)</source>
        <translation>Scou&amp;t</translation>
    </message>
    <message>
        <source>同行来访探盘：记录为踩盘，不占轮序，不建立客户归属</source>
        <translation>A competitor scouting: recorded as such, no rotation turn, no ownership</translation>
    </message>
    <message>
        <source>手机号(&amp;P)</source>
        <translation>&amp;Phone</translation>
    </message>
    <message>
        <source>姓名或姓氏</source>
        <translation>Name or surname</translation>
    </message>
    <message>
        <source> 人</source>
        <translation> pax</translation>
    </message>
    <message>
        <source>按数字键选择</source>
        <translation>Press a digit</translation>
    </message>
    <message>
        <source>没有可选的置业顾问</source>
        <translation>No consultant available</translation>
    </message>
    <message>
        <source>改派原因</source>
        <translation>Reassign reason</translation>
    </message>
    <message>
        <source>个人信息收集</source>
        <translation>Personal data</translation>
    </message>
    <message>
        <source>营销信息</source>
        <translation>Marketing</translation>
    </message>
    <message>
        <source>告知书…</source>
        <translation>Notice…</translation>
    </message>
    <message>
        <source>查看或打印交给客户的个人信息处理告知书</source>
        <translation>Show or print the privacy notice for the customer</translation>
    </message>
    <message>
        <source>如 90-120</source>
        <translation>e.g. 90-120</translation>
    </message>
    <message>
        <source>3 = 三室</source>
        <translation>3 = 3 rooms</translation>
    </message>
    <message>
        <source>其他情况，可不填</source>
        <translation>Anything else, optional</translation>
    </message>
    <message>
        <source>登记信息</source>
        <translation>Visit</translation>
    </message>
    <message>
        <source>姓名(&amp;N)</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>性别</source>
        <translation>Gender</translation>
    </message>
    <message>
        <source>来访人数</source>
        <translation>Party</translation>
    </message>
    <message>
        <source>来源渠道</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>接待顾问(&amp;C)</source>
        <translation>&amp;Consultant</translation>
    </message>
    <message>
        <source>客户同意</source>
        <translation>Consent</translation>
    </message>
    <message>
        <source>购房意向和其他（须客户同意）</source>
        <translation>Needs and more (with the customer&apos;s consent)</translation>
    </message>
    <message>
        <source>意向面积 m²</source>
        <translation>Area m²</translation>
    </message>
    <message>
        <source>意向户型</source>
        <translation>Layout</translation>
    </message>
    <message>
        <source>备用电话</source>
        <translation>Alt. phone</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>登记  Ctrl+Enter</source>
        <translation>Register  Ctrl+Enter</translation>
    </message>
    <message>
        <source>清空  Esc</source>
        <translation>Clear  Esc</translation>
    </message>
</context>
<context>
    <name>ReminderBanner</name>
    <message>
        <source>查看</source>
        <extracomment>The first check waits until the window has painted and the user can see it. The ``ReminderSummary`` of a check (also when nothing is due). The lapse job moved customers to the pool: the ``LapseJobResult``. A check failed (the exception); it is logged and tried again at the next tick. The user wants to see the list (the 跟进 page).</extracomment>
        <translation>Show</translation>
    </message>
    <message>
        <source>关闭提醒</source>
        <translation>Dismiss</translation>
    </message>
    <message>
        <source>一小时后会再次提醒</source>
        <translation>You will be reminded again in an hour</translation>
    </message>
    <message>
        <source>逾期未跟进 {n} 位客户（最久 {days} 天）</source>
        <translation>{n} customers overdue (longest {days} days)</translation>
    </message>
    <message>
        <source>今日待跟进 {n} 位客户</source>
        <translation>{n} customers due today</translation>
    </message>
    <message>
        <source>售后回访 {n} 项</source>
        <translation>{n} callbacks</translation>
    </message>
    <message>
        <source>介绍新顾问等任务 {n} 项</source>
        <translation>{n} tasks (e.g. introduce the new consultant)</translation>
    </message>
    <message>
        <source>{n} 位客户将在 {days} 天内掉入公共池</source>
        <translation>{n} customers lapse to the pool within {days} days</translation>
    </message>
    <message>
        <source>今天生日的客户 {n} 位</source>
        <translation>{n} customer birthdays today</translation>
    </message>
    <message>
        <source>团队今日待办 {n} 项</source>
        <translation>Team: {n} items due today</translation>
    </message>
    <message>
        <source>今日待办 {n} 项</source>
        <translation>{n} items due today</translation>
    </message>
    <message>
        <source>；</source>
        <translation>; </translation>
    </message>
    <message>
        <source>{title}：{lines}</source>
        <translation>{title}: {lines}</translation>
    </message>
</context>
<context>
    <name>ReportLabels</name>
    <message>
        <source>未填写</source>
        <translation>Not recorded</translation>
    </message>
    <message>
        <source>未评级</source>
        <translation>Not graded</translation>
    </message>
    <message>
        <source>来访</source>
        <translation>Visited</translation>
    </message>
    <message>
        <source>复访</source>
        <translation>Came back</translation>
    </message>
    <message>
        <source>认购</source>
        <translation>Subscribed</translation>
    </message>
    <message>
        <source>签约</source>
        <translation>Contracted</translation>
    </message>
    <message>
        <source>其他 {n} 种原因</source>
        <translation>{n} other reasons</translation>
    </message>
    <message>
        <source>未填写原因</source>
        <translation>No reason given</translation>
    </message>
    <message>
        <source>M月d日</source>
        <translation>MMM d</translation>
    </message>
    <message>
        <source>yyyy年M月</source>
        <translation>MMM yyyy</translation>
    </message>
    <message>
        <source>d日</source>
        <translation>d</translation>
    </message>
    <message>
        <source>{n} 天</source>
        <translation>{n} days</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>今天</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>本周</source>
        <translation>This week</translation>
    </message>
    <message>
        <source>本月</source>
        <translation>This month</translation>
    </message>
    <message>
        <source>近30天</source>
        <translation>Last 30 days</translation>
    </message>
    <message>
        <source>自定义</source>
        <translation>Custom</translation>
    </message>
    <message>
        <source>日</source>
        <translation>Day</translation>
    </message>
    <message>
        <source>周</source>
        <translation>Week</translation>
    </message>
    <message>
        <source>月</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>开始日期不能晚于结束日期。</source>
        <translation>The start date cannot be after the end date.</translation>
    </message>
    <message>
        <source>正在统计…</source>
        <translation>Counting…</translation>
    </message>
    <message>
        <source>统计报表</source>
        <translation>Reports</translation>
    </message>
    <message>
        <source>统计范围：全部客户</source>
        <translation>Figures of: all customers</translation>
    </message>
    <message>
        <source>统计范围：仅您本人的客户</source>
        <translation>Figures of: your own customers only</translation>
    </message>
    <message>
        <source>统计范围：认购及以后阶段的客户</source>
        <translation>Figures of: customers from subscription on</translation>
    </message>
    <message>
        <source>统计于 {time}</source>
        <translation>Counted at {time}</translation>
    </message>
    <message>
        <source>超时：收到后 {n} 天内没有首次响应、至今仍未响应的投诉。</source>
        <translation>Overdue: no first response within {n} days of receipt, and none yet.</translation>
    </message>
    <message>
        <source>首次 {first} · 复访 {returning}</source>
        <translation>First {first} · return {returning}</translation>
    </message>
    <message>
        <source>其中流失 {n}</source>
        <translation>Lost: {n}</translation>
    </message>
    <message>
        <source>认购 {subscribed} · 签约 {contracted}</source>
        <translation>Subscribed {subscribed} · contracted {contracted}</translation>
    </message>
    <message>
        <source>认购且未退订</source>
        <translation>Subscribed, not cancelled</translation>
    </message>
    <message>
        <source>成交价合计</source>
        <translation>Sum of agreed prices</translation>
    </message>
    <message>
        <source>所选时间段内没有来访记录</source>
        <translation>No visits in the chosen period</translation>
    </message>
    <message>
        <source>另有同日再访 {same_day} 次、竞品踩盘 {scouts} 次，未计入来访。</source>
        <translation>Not counted as visits: {same_day} same-day repeat visits, {scouts} competitor scouts.</translation>
    </message>
    <message>
        <source>所选时间段内没有新来访客户</source>
        <translation>No new visitors in the chosen period</translation>
    </message>
    <message>
        <source>新来访客户：所选时间段内首次来访的客户，共 {n} 位。</source>
        <translation>New visitors: customers whose first visit is in the chosen period, {n} in all.</translation>
    </message>
    <message>
        <source>所选时间段内的新来访客户中没有流失的客户</source>
        <translation>None of the new visitors of the chosen period is lost</translation>
    </message>
    <message>
        <source>所选时间段内首次来访、目前已流失的客户，按原因计数。</source>
        <translation>Customers whose first visit is in the chosen period and who are lost today, by reason.</translation>
    </message>
    <message>
        <source>所选时间段内首次来访的客户中，截至 {end} 复访、认购、签约的人数。</source>
        <translation>Of the customers whose first visit is in the chosen period: how many came back, subscribed and contracted by {end}.</translation>
    </message>
    <message>
        <source>所选时间段内没有成交</source>
        <translation>No deals in the chosen period</translation>
    </message>
    <message>
        <source>{name}：成交 {deals} 套，{amount}</source>
        <translation>{name}: {deals} deals, {amount}</translation>
    </message>
    <message>
        <source>接待数：接待的首次来访和复访；成交：认购且未退订的交易，金额按成交价（无成交价按表价）；满意度：满意度调查平均分，没有调查时显示“—”。</source>
        <translation>Receptions: first and return visits received. Deals: subscriptions not cancelled, at the agreed price (the list price where none was agreed). Satisfaction: average survey score, “—” without surveys.</translation>
    </message>
    <message>
        <source>没有逾期的跟进。</source>
        <translation>No overdue follow-ups.</translation>
    </message>
    <message>
        <source>{name}：逾期未跟进客户 {customers} 位，逾期售后回访 {callbacks} 项</source>
        <translation>{name}: {customers} overdue customers, {callbacks} overdue callbacks</translation>
    </message>
    <message>
        <source>逾期是今天的状态，不随所选时间段变化。</source>
        <translation>Overdue is as of today; it does not depend on the chosen period.</translation>
    </message>
    <message>
        <source>{customers} + {callbacks} 项回访</source>
        <translation>{customers} + {callbacks} callbacks</translation>
    </message>
    <message>
        <source>{n}（{share}）</source>
        <translation>{n} ({share})</translation>
    </message>
    <message>
        <source>销售报表_{start}_{end}</source>
        <translation>Sales report_{start}_{end}</translation>
    </message>
    <message>
        <source>导出报表</source>
        <translation>Export report</translation>
    </message>
    <message>
        <source>Excel 文件 (*.xlsx)</source>
        <translation>Excel files (*.xlsx)</translation>
    </message>
    <message>
        <source>正在导出报表…</source>
        <translation>Exporting the report…</translation>
    </message>
    <message>
        <source>报表已导出到 {path}</source>
        <translation>Report exported to {path}</translation>
    </message>
    <message>
        <source>打印报表</source>
        <translation>Print report</translation>
    </message>
    <message>
        <source>正在生成打印稿…</source>
        <translation>Preparing the printout…</translation>
    </message>
    <message>
        <source>销售报表</source>
        <translation>Sales report</translation>
    </message>
    <message>
        <source>{what}没有完成：{reason}</source>
        <translation>{what} did not finish: {reason}</translation>
    </message>
</context>
<context>
    <name>ReportsView</name>
    <message>
        <source>报表</source>
        <translation>Reports</translation>
    </message>
    <message>
        <source>刷新</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>重新统计（F5）</source>
        <translation>Count again (F5)</translation>
    </message>
    <message>
        <source>导出 Excel…</source>
        <translation>Export to Excel…</translation>
    </message>
    <message>
        <source>每个统计项一张工作表（Ctrl+E）</source>
        <translation>One worksheet per section (Ctrl+E)</translation>
    </message>
    <message>
        <source>打印…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>预览并打印报表（Ctrl+P）</source>
        <translation>Preview and print the report (Ctrl+P)</translation>
    </message>
    <message>
        <source>时间段</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>至</source>
        <translation>to</translation>
    </message>
    <message>
        <source>统计粒度</source>
        <translation>Per</translation>
    </message>
    <message>
        <source>来访（人次）</source>
        <translation>Visits</translation>
    </message>
    <message>
        <source>新来访客户</source>
        <translation>New visitors</translation>
    </message>
    <message>
        <source>认购转化率</source>
        <translation>Subscription rate</translation>
    </message>
    <message>
        <source>成交（套）</source>
        <translation>Deals (units)</translation>
    </message>
    <message>
        <source>成交金额</source>
        <translation>Deal amount</translation>
    </message>
    <message>
        <source>来访趋势（首次来访 / 复访）</source>
        <translation>Visits (first / return)</translation>
    </message>
    <message>
        <source>来源渠道（新来访客户）</source>
        <translation>Channels (new visitors)</translation>
    </message>
    <message>
        <source>意向等级（新来访客户）</source>
        <translation>Intent grades (new visitors)</translation>
    </message>
    <message>
        <source>转化漏斗</source>
        <translation>Conversion funnel</translation>
    </message>
    <message>
        <source>流失原因（未成交）</source>
        <translation>Reasons for no deal</translation>
    </message>
    <message>
        <source>置业顾问排名</source>
        <translation>Consultant ranking</translation>
    </message>
    <message>
        <source>逾期跟进（截至今天）</source>
        <translation>Overdue follow-ups (today)</translation>
    </message>
    <message>
        <source>投诉</source>
        <translation>Complaints</translation>
    </message>
    <message>
        <source>所选时间段内没有来访记录</source>
        <translation>No visits in the chosen period</translation>
    </message>
    <message>
        <source>换一个时间段试试，例如“近30天”或“本月”。</source>
        <translation>Try another period, for example “Last 30 days” or “This month”.</translation>
    </message>
    <message>
        <source>正在统计…</source>
        <translation>Counting…</translation>
    </message>
    <message>
        <source>数据量大时需要几秒钟，界面可以继续使用。</source>
        <translation>With a lot of data this takes a few seconds; you can keep working meanwhile.</translation>
    </message>
    <message>
        <source>报表仅供销售经理、置业顾问和客服查看</source>
        <translation>Reports are for sales managers, consultants and customer service only</translation>
    </message>
    <message>
        <source>如需查看报表，请联系销售经理。</source>
        <translation>Please ask the sales manager for a report.</translation>
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
        <translation>Click a room on the grid to see it and to hold it, subscribe it and more.</translation>
    </message>
    <message>
        <source>户型</source>
        <translation>Layout</translation>
    </message>
    <message>
        <source>建筑面积</source>
        <translation>Building area</translation>
    </message>
    <message>
        <source>套内面积</source>
        <translation>Inner area</translation>
    </message>
    <message>
        <source>朝向</source>
        <translation>Orientation</translation>
    </message>
    <message>
        <source>表价</source>
        <translation>List price</translation>
    </message>
    <message>
        <source>单价</source>
        <translation>Price per m²</translation>
    </message>
    <message>
        <source>保留至</source>
        <translation>Held until</translation>
    </message>
    <message>
        <source>客户</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>置业顾问</source>
        <translation>Consultant</translation>
    </message>
    <message>
        <source>成交价</source>
        <translation>Agreed price</translation>
    </message>
    <message>
        <source>定金</source>
        <translation>Deposit</translation>
    </message>
    <message>
        <source>合同编号</source>
        <translation>Contract no.</translation>
    </message>
    <message>
        <source>保留给客户…</source>
        <translation>Hold for a customer…</translation>
    </message>
    <message>
        <source>打印购房告知书…</source>
        <translation>Print purchase notice…</translation>
    </message>
    <message>
        <source>认购…</source>
        <translation>Subscribe…</translation>
    </message>
    <message>
        <source>签约…</source>
        <translation>Sign contract…</translation>
    </message>
    <message>
        <source>退订…</source>
        <translation>Cancel…</translation>
    </message>
    <message>
        <source>打印交付通知书</source>
        <translation>Print delivery notice</translation>
    </message>
    <message>
        <source>交付验收…</source>
        <translation>Handover…</translation>
    </message>
    <message>
        <source>打印交付验收单</source>
        <translation>Print handover form</translation>
    </message>
    <message>
        <source>办理</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>不利因素</source>
        <translation>Adverse factors</translation>
    </message>
</context>
<context>
    <name>RotationEventTableModel</name>
    <message>
        <source>补{n}</source>
        <translation>make-up {n}</translation>
    </message>
    <message>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>事件</source>
        <translation>Event</translation>
    </message>
    <message>
        <source>置业顾问</source>
        <translation>Consultant</translation>
    </message>
    <message>
        <source>原因</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>操作人</source>
        <translation>By</translation>
    </message>
    <message>
        <source>之后的轮序（前→后）</source>
        <translation>Queue after (front → back)</translation>
    </message>
    <message>
        <source>复核</source>
        <translation>Replay</translation>
    </message>
    <message>
        <source>一致</source>
        <translation>matches</translation>
    </message>
    <message>
        <source>不一致</source>
        <translation>differs</translation>
    </message>
</context>
<context>
    <name>RotationHistoryDialog</name>
    <message>
        <source>今天的轮序还没有任何变动。</source>
        <translation>The queue has not changed today.</translation>
    </message>
    <message>
        <source>今天共 {n} 条记录。按顺序重放每一条，得到的排队顺序都与当时保存的一致。</source>
        <translation>{n} events today. Replaying them in order gives exactly the queue stored at each one.</translation>
    </message>
    <message>
        <source>今天共 {n} 条记录，其中 {bad} 条重放结果与保存的排队顺序不一致，请销售经理核查。</source>
        <translation>{n} events today; for {bad} of them the replay differs from the stored queue. Please ask the sales manager to check.</translation>
    </message>
</context>
<context>
    <name>RotationHistoryView</name>
    <message>
        <source>今日接待轮序记录</source>
        <translation>Today&apos;s rotation history</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>RotationPanel</name>
    <message>
        <source>接待轮序由前台和销售经理管理。</source>
        <extracomment>The queue changed (the next walk-in may go to someone else now).</extracomment>
        <translation>Reception and the sales manager run the rotation.</translation>
    </message>
    <message>
        <source>下一位：{name}</source>
        <translation>Next: {name}</translation>
    </message>
    <message>
        <source>暂无空闲顾问</source>
        <translation>Nobody free</translation>
    </message>
    <message>
        <source>在岗 {n} 人</source>
        <translation>{n} on duty</translation>
    </message>
    <message>
        <source>空闲 {n} 人</source>
        <translation>{n} free</translation>
    </message>
    <message>
        <source>请先选择要签到的置业顾问。</source>
        <translation>Choose the consultant to sign in first.</translation>
    </message>
    <message>
        <source>签到</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <source>签退</source>
        <translation>Sign out</translation>
    </message>
    <message>
        <source>跳过 {name}</source>
        <translation>Skip {name}</translation>
    </message>
    <message>
        <source>{name} 将失去一次轮序（有补位的先扣补位，否则排到队尾）。原因会记入审计日志。</source>
        <translation>{name} loses one turn (a make-up turn first, else to the back of the queue). The reason goes to the audit log.</translation>
    </message>
    <message>
        <source>跳过</source>
        <translation>Skip</translation>
    </message>
</context>
<context>
    <name>RotationPanelView</name>
    <message>
        <source>接待轮序</source>
        <translation>Rotation</translation>
    </message>
    <message>
        <source>今天还没有置业顾问签到。在下方选择顾问并点“签到”，新客户按签到顺序轮流接待。</source>
        <translation>No consultant has signed in today. Choose one below and click Sign in; new walk-ins go round in sign-in order.</translation>
    </message>
    <message>
        <source>选择顾问…</source>
        <translation>Consultant…</translation>
    </message>
    <message>
        <source>签到</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <source>接待中</source>
        <translation>Busy</translation>
    </message>
    <message>
        <source>空闲</source>
        <translation>Free</translation>
    </message>
    <message>
        <source>请假</source>
        <translation>Leave</translation>
    </message>
    <message>
        <source>跳过…</source>
        <translation>Skip…</translation>
    </message>
    <message>
        <source>跳过该顾问一次（须写原因，记入审计日志）</source>
        <translation>Skip this consultant once (needs a reason, written to the audit log)</translation>
    </message>
    <message>
        <source>签退</source>
        <translation>Sign out</translation>
    </message>
    <message>
        <source>今日记录…</source>
        <translation>History…</translation>
    </message>
    <message>
        <source>今天轮序的每一次变动和当时的排队顺序，可逐条复核</source>
        <translation>Every change of today&apos;s queue with the queue at that moment, replayable</translation>
    </message>
</context>
<context>
    <name>RotationTableModel</name>
    <message>
        <source>顺序</source>
        <extracomment>Status text colours of the queue (calm, readable on white). Background of the row of the consultant who gets the next new walk-in. ``data(index, ROW_ROLE)`` is the row&apos;s ``RotationEntryRow``.</extracomment>
        <translation>#</translation>
    </message>
    <message>
        <source>置业顾问</source>
        <translation>Consultant</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>补位</source>
        <translation>Make-up</translation>
    </message>
    <message>
        <source>签到</source>
        <translation>In</translation>
    </message>
    <message>
        <source>接待时被跳过，空闲后优先补接 {n} 组</source>
        <translation>Passed over while busy: gets the next {n} walk-in(s) when free</translation>
    </message>
    <message>
        <source>▶ 下一位</source>
        <translation>▶ Next</translation>
    </message>
    <message>
        <source>补 {n}</source>
        <translation>+{n}</translation>
    </message>
</context>
<context>
    <name>SalesGridTableModel</name>
    <message>
        <source>{unit}单元-{position}</source>
        <translation>Unit {unit}-{position}</translation>
    </message>
    <message>
        <source>{floor}层</source>
        <extracomment>``data(index, CELL_ROLE)`` is the room&apos;s ``GridCell`` (or None: no room there). ``data(index, STATUS_ROLE)`` is the room&apos;s (effective) status code.</extracomment>
        <translation>Floor {floor}</translation>
    </message>
    <message>
        <source>表价 {price}</source>
        <translation>List price {price}</translation>
    </message>
    <message>
        <source>成交价 {price}</source>
        <translation>Agreed price {price}</translation>
    </message>
    <message>
        <source>保留至 {time}</source>
        <translation>Held until {time}</translation>
    </message>
</context>
<context>
    <name>SalesLabels</name>
    <message>
        <source>可售</source>
        <extracomment>Text on a status colour (all of STATUS_COLORS are light). A deal that no longer occupies its unit (退订, 保留过期).</extracomment>
        <translation>Available</translation>
    </message>
    <message>
        <source>保留</source>
        <translation>Held</translation>
    </message>
    <message>
        <source>已认购</source>
        <translation>Subscribed</translation>
    </message>
    <message>
        <source>已签约</source>
        <translation>Contracted</translation>
    </message>
    <message>
        <source>已交付</source>
        <translation>Delivered</translation>
    </message>
    <message>
        <source>认购</source>
        <translation>Subscribed</translation>
    </message>
    <message>
        <source>签约</source>
        <translation>Contracted</translation>
    </message>
    <message>
        <source>交付</source>
        <translation>Delivered</translation>
    </message>
    <message>
        <source>退订</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>保留过期</source>
        <translation>Hold expired</translation>
    </message>
    <message>
        <source>全款</source>
        <translation>Full payment</translation>
    </message>
    <message>
        <source>商业贷款</source>
        <translation>Commercial loan</translation>
    </message>
    <message>
        <source>公积金贷款</source>
        <translation>Housing fund loan</translation>
    </message>
    <message>
        <source>组合贷款</source>
        <translation>Combined loan</translation>
    </message>
    <message>
        <source>审批中</source>
        <translation>Under review</translation>
    </message>
    <message>
        <source>已批贷</source>
        <translation>Approved</translation>
    </message>
    <message>
        <source>已放款</source>
        <translation>Disbursed</translation>
    </message>
    <message>
        <source>未获批</source>
        <translation>Declined</translation>
    </message>
    <message>
        <source>购房告知书</source>
        <translation>Purchase notice</translation>
    </message>
    <message>
        <source>交付通知书</source>
        <translation>Delivery notice</translation>
    </message>
    <message>
        <source>交付验收单 / 钥匙交接单</source>
        <translation>Handover inspection and key form</translation>
    </message>
    <message>
        <source>客户档案移交单</source>
        <translation>Customer file transfer form</translation>
    </message>
    <message>
        <source>销控表</source>
        <translation>Sales control grid</translation>
    </message>
    <message>
        <source>个人信息处理告知书</source>
        <translation>Personal information notice</translation>
    </message>
    <message>
        <source>项目</source>
        <translation>Project</translation>
    </message>
    <message>
        <source>楼栋</source>
        <translation>Building</translation>
    </message>
    <message>
        <source>本房源</source>
        <translation>This unit</translation>
    </message>
</context>
<context>
    <name>ScheduleDeliveryDialog</name>
    <message>
        <source>{customer} · {unit}</source>
        <translation>{customer} · {unit}</translation>
    </message>
    <message>
        <source>安排交付日期</source>
        <translation>Set delivery date</translation>
    </message>
</context>
<context>
    <name>ScheduleDeliveryDialogView</name>
    <message>
        <source>安排交付日期</source>
        <translation>Set delivery date</translation>
    </message>
    <message>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>交付日期</source>
        <translation>Delivery date</translation>
    </message>
    <message>
        <source>交付通知书应在交付日期前 10 天送达业主。</source>
        <translation>The delivery notice should reach the owner 10 days before delivery.</translation>
    </message>
</context>
<context>
    <name>ServiceMessages</name>
    <message>
        <source>PostgreSQL 数据库请用 pg_dump 备份 (back up PostgreSQL with pg_dump)</source>
        <translation>Back up a PostgreSQL database with pg_dump</translation>
    </message>
    <message>
        <source>PostgreSQL 数据库请用 pg_restore 恢复</source>
        <translation>Restore a PostgreSQL database with pg_restore</translation>
    </message>
    <message>
        <source>{field}不是数字</source>
        <translation>{field} is not a number</translation>
    </message>
    <message>
        <source>{label}不是有效金额</source>
        <translation>{label} is not a valid amount</translation>
    </message>
    <message>
        <source>{label}必须大于 0</source>
        <translation>{label} must be greater than 0</translation>
    </message>
    <message>
        <source>{name}名下没有可移交的客户</source>
        <translation>{name} has no customers to transfer</translation>
    </message>
    <message>
        <source>{name}名下还有 {n} 位客户未移交，不能停用该账号</source>
        <translation>{name} still has {n} customers not transferred; the account cannot be deactivated</translation>
    </message>
    <message>
        <source>下次跟进日期不能早于今天</source>
        <translation>The next follow-up date cannot be before today</translation>
    </message>
    <message>
        <source>下次跟进日期应为日期</source>
        <translation>The next follow-up date must be a date</translation>
    </message>
    <message>
        <source>不支持的单据类型：{kind}</source>
        <translation>Unsupported document type: {kind}</translation>
    </message>
    <message>
        <source>不是数字</source>
        <translation>Not a number</translation>
    </message>
    <message>
        <source>不是有效金额</source>
        <translation>Not a valid amount</translation>
    </message>
    <message>
        <source>不能早于今天</source>
        <translation>Cannot be before today</translation>
    </message>
    <message>
        <source>不能晚于今天</source>
        <translation>Cannot be after today</translation>
    </message>
    <message>
        <source>不能更改自己的角色或状态，请联系其他管理员</source>
        <translation>You cannot change your own role or status; ask another administrator</translation>
    </message>
    <message>
        <source>个人信息处理告知书</source>
        <translation>privacy notice</translation>
    </message>
    <message>
        <source>交付</source>
        <translation>delivered</translation>
    </message>
    <message>
        <source>交付日期不能晚于今天</source>
        <translation>The delivery date cannot be after today</translation>
    </message>
    <message>
        <source>交付通知书</source>
        <translation>delivery notice</translation>
    </message>
    <message>
        <source>交付验收单 / 钥匙交接单</source>
        <translation>handover and key form</translation>
    </message>
    <message>
        <source>交易没有这种单据：{kind}</source>
        <translation>The deal has no document of this kind: {kind}</translation>
    </message>
    <message>
        <source>交易状态为“{status}”，不能退订</source>
        <translation>The deal is “{status}” and cannot be cancelled</translation>
    </message>
    <message>
        <source>交易状态为“{status}”，只有已签约的交易可以交付</source>
        <translation>The deal is “{status}”; only contracted deals can be delivered</translation>
    </message>
    <message>
        <source>交易状态为“{status}”，只有已认购的交易可以签约</source>
        <translation>The deal is “{status}”; only subscribed deals can be contracted</translation>
    </message>
    <message>
        <source>今天已领取 {claims} 位客户，已达每日上限 {quota} 位</source>
        <translation>You have claimed {claims} customers today, the daily limit of {quota}</translation>
    </message>
    <message>
        <source>优惠 {discount} 超过表价的 {percent}%（{limit}），需要销售经理审批后才能认购</source>
        <translation>A discount of {discount} is more than {percent}% of the list price ({limit}); the sales manager must approve it before the subscription</translation>
    </message>
    <message>
        <source>优惠金额不能达到或超过表价</source>
        <translation>The discount cannot reach or exceed the list price</translation>
    </message>
    <message>
        <source>保存身份证号需客户同意（身份证信息授权）</source>
        <translation>Saving the resident ID needs the customer&apos;s consent (resident ID consent)</translation>
    </message>
    <message>
        <source>保留</source>
        <translation>held</translation>
    </message>
    <message>
        <source>保留过期</source>
        <translation>hold expired</translation>
    </message>
    <message>
        <source>全款交易没有贷款</source>
        <translation>A full-payment deal has no loan</translation>
    </message>
    <message>
        <source>公共池中的客户没有归属顾问，不能锁定</source>
        <translation>A customer in the public pool has no consultant and cannot be locked</translation>
    </message>
    <message>
        <source>决策周期应为 0–120 个月</source>
        <translation>The decision period must be 0–120 months</translation>
    </message>
    <message>
        <source>删除客户个人信息</source>
        <translation>delete the customer&apos;s personal data</translation>
    </message>
    <message>
        <source>判客所需的姓名、隐藏号码、归属、等级和最后来访请在客户列表中查看。此次打开已记入审计日志。</source>
        <translation>The name, masked phone, owner, grade and last visit needed for ownership checks are in the customer list. This attempt has been written to the audit log.</translation>
    </message>
    <message>
        <source>单据 {doc_doc_no} 已登记为已签字</source>
        <translation>Document {doc_doc_no} is already recorded as signed</translation>
    </message>
    <message>
        <source>单据 {doc_doc_no} 已附签字扫描件，归档后不能替换</source>
        <translation>Document {doc_doc_no} already has a signed scan; an archived scan cannot be replaced</translation>
    </message>
    <message>
        <source>单据 {root_doc_no} 没有存档数据，不能补打</source>
        <translation>Document {root_doc_no} has no archived data and cannot be reprinted</translation>
    </message>
    <message>
        <source>单据编号对应的归档文件已存在，请重试</source>
        <translation>An archived file with this document number already exists; please try again</translation>
    </message>
    <message>
        <source>只有前台、置业顾问或销售经理可以登记来访</source>
        <translation>Only reception, consultants or the sales manager can register visits</translation>
    </message>
    <message>
        <source>只有前台、置业顾问或销售经理可以登记离开</source>
        <translation>Only reception, consultants or the sales manager can check visitors out</translation>
    </message>
    <message>
        <source>只有前台或销售经理可以查看轮序记录</source>
        <translation>Only reception or the sales manager can view the rotation history</translation>
    </message>
    <message>
        <source>只有前台或销售经理可以调整接待轮序</source>
        <translation>Only reception or the sales manager can change the rotation</translation>
    </message>
    <message>
        <source>只有客户的置业顾问或销售经理可以为客户保留房源</source>
        <translation>Only the customer&apos;s consultant or the sales manager can hold a unit for the customer</translation>
    </message>
    <message>
        <source>只有客户的置业顾问或销售经理可以办理签约</source>
        <translation>Only the customer&apos;s consultant or the sales manager can sign the contract</translation>
    </message>
    <message>
        <source>只有客户的置业顾问或销售经理可以办理认购</source>
        <translation>Only the customer&apos;s consultant or the sales manager can record the subscription</translation>
    </message>
    <message>
        <source>只有客户的置业顾问或销售经理可以打印购房告知书</source>
        <translation>Only the customer&apos;s consultant or the sales manager can print the purchase notice</translation>
    </message>
    <message>
        <source>只有客户的置业顾问或销售经理可以申请优惠</source>
        <translation>Only the customer&apos;s consultant or the sales manager can request a discount</translation>
    </message>
    <message>
        <source>只有客户的置业顾问或销售经理可以记录跟进</source>
        <translation>Only the customer&apos;s consultant or the sales manager can record follow-ups</translation>
    </message>
    <message>
        <source>只有客户的置业顾问或销售经理可以调整意向等级</source>
        <translation>Only the customer&apos;s consultant or the sales manager can change the intent grade</translation>
    </message>
    <message>
        <source>只有客户的置业顾问或销售经理可以退订</source>
        <translation>Only the customer&apos;s consultant or the sales manager can cancel the subscription</translation>
    </message>
    <message>
        <source>只有客户的置业顾问或销售经理可以释放客户</source>
        <translation>Only the customer&apos;s consultant or the sales manager can release the customer</translation>
    </message>
    <message>
        <source>只有客服专员或销售经理可以关闭维修单</source>
        <translation>Only customer service or the sales manager can close repair items</translation>
    </message>
    <message>
        <source>只有客服专员或销售经理可以办理交付</source>
        <translation>Only customer service or the sales manager can carry out the handover</translation>
    </message>
    <message>
        <source>只有已签约、尚未交付的交易可以安排交付日期</source>
        <translation>Only contracted deals not yet delivered can get a delivery date</translation>
    </message>
    <message>
        <source>只有已签约的交易可以打印交付通知书</source>
        <translation>Only contracted deals can have a delivery notice printed</translation>
    </message>
    <message>
        <source>只有已签约的交易有贷款状态</source>
        <translation>Only contracted deals have a loan status</translation>
    </message>
    <message>
        <source>只有归属顾问或销售经理可以修改该客户档案</source>
        <translation>Only the owning consultant or the sales manager can change this customer&apos;s file</translation>
    </message>
    <message>
        <source>只有归属顾问或销售经理可以查看互动档案</source>
        <translation>Only the owning consultant or the sales manager can view the interaction history</translation>
    </message>
    <message>
        <source>只有置业顾问可以从公共池领取客户</source>
        <translation>Only consultants can claim customers from the public pool</translation>
    </message>
    <message>
        <source>只有销售经理可以审批房价优惠</source>
        <translation>Only the sales manager can approve price discounts</translation>
    </message>
    <message>
        <source>只有销售经理可以打印移交单</source>
        <translation>Only the sales manager can print the transfer form</translation>
    </message>
    <message>
        <source>只有销售经理可以改派客户归属</source>
        <translation>Only the sales manager can reassign a customer</translation>
    </message>
    <message>
        <source>只有销售经理可以移交客户</source>
        <translation>Only the sales manager can transfer customers</translation>
    </message>
    <message>
        <source>只有销售经理可以锁定或解锁客户</source>
        <translation>Only the sales manager can lock or unlock customers</translation>
    </message>
    <message>
        <source>只有销售经理和管理员可以查看审计日志</source>
        <translation>Only the sales manager and administrators can view the audit log</translation>
    </message>
    <message>
        <source>只有销售经理或移交人可以打印客户档案移交单</source>
        <translation>Only the sales manager or the handing-over consultant can print the transfer form</translation>
    </message>
    <message>
        <source>只有销售经理或管理员可以修改这些设置</source>
        <translation>Only the sales manager or an administrator can change these settings</translation>
    </message>
    <message>
        <source>只有销售经理或管理员可以维护楼栋、房源和不利因素</source>
        <translation>Only the sales manager or an administrator can maintain buildings, units and adverse factors</translation>
    </message>
    <message>
        <source>只有销售经理或管理员可以运行保存期限清理</source>
        <translation>Only the sales manager or an administrator can run the retention clean-up</translation>
    </message>
    <message>
        <source>只能导出或打印自己查看的报表</source>
        <translation>You can only export or print a report you are viewing yourself</translation>
    </message>
    <message>
        <source>只能查看自己的跟进计划</source>
        <translation>You can only view your own follow-up plan</translation>
    </message>
    <message>
        <source>可以撤回其营销同意，或在交易结束后再删除</source>
        <translation>You can withdraw the marketing consent, or delete the customer after the deal has ended</translation>
    </message>
    <message>
        <source>可售</source>
        <translation>available</translation>
    </message>
    <message>
        <source>合同编号 {contract_no} 已被其他交易使用</source>
        <translation>Contract number {contract_no} is already used by another deal</translation>
    </message>
    <message>
        <source>合同编号已被其他交易使用</source>
        <translation>This contract number is already used by another deal</translation>
    </message>
    <message>
        <source>备份文件不是售楼接待台的数据库：{path} ({exc})</source>
        <translation>The backup is not a SalesDesk database: {path} ({exc})</translation>
    </message>
    <message>
        <source>备份文件不是有效的数据库：{path} ({exc})</source>
        <translation>The backup is not a valid database: {path} ({exc})</translation>
    </message>
    <message>
        <source>备份文件已损坏，未恢复：{result}</source>
        <translation>The backup is damaged and was not restored: {result}</translation>
    </message>
    <message>
        <source>备用电话与手机号相同</source>
        <translation>The alternate phone is the same as the mobile number</translation>
    </message>
    <message>
        <source>套内面积不能大于建筑面积</source>
        <translation>The inner area cannot be larger than the building area</translation>
    </message>
    <message>
        <source>姓名过长</source>
        <translation>The name is too long</translation>
    </message>
    <message>
        <source>完整档案只有归属顾问和销售经理可以打开</source>
        <translation>Only the owning consultant and the sales manager can open the full file</translation>
    </message>
    <message>
        <source>定金应小于成交价</source>
        <translation>The deposit must be less than the agreed price</translation>
    </message>
    <message>
        <source>定金日期不能晚于今天</source>
        <translation>The deposit date cannot be after today</translation>
    </message>
    <message>
        <source>审批中</source>
        <translation>under review</translation>
    </message>
    <message>
        <source>审计日志只能导出为 .xlsx 文件</source>
        <translation>The audit log can only be exported as an .xlsx file</translation>
    </message>
    <message>
        <source>客户与房源不属于同一个项目</source>
        <translation>The customer and the unit belong to different projects</translation>
    </message>
    <message>
        <source>客户未同意个人信息收集，不能保存家庭成员信息</source>
        <translation>The customer has not consented to data collection; family members cannot be saved</translation>
    </message>
    <message>
        <source>客户未同意个人信息收集，只能保存手机号和姓名</source>
        <translation>The customer has not consented to data collection; only phone and name can be saved</translation>
    </message>
    <message>
        <source>客户未同意接收营销信息，不能发送生日关怀</source>
        <translation>The customer has not agreed to marketing messages; no birthday greetings can be sent</translation>
    </message>
    <message>
        <source>客户档案移交单</source>
        <translation>customer transfer form</translation>
    </message>
    <message>
        <source>密码至少 {n} 位</source>
        <translation>The password needs at least {n} characters</translation>
    </message>
    <message>
        <source>密码错误次数过多，账号已暂时锁定，请 {minutes} 分 {seconds} 秒后再试</source>
        <translation>Too many wrong passwords: the account is locked for now; try again in {minutes} min {seconds} s</translation>
    </message>
    <message>
        <source>密码错误次数过多，账号已暂时锁定，请 {minutes} 分钟后再试</source>
        <translation>Too many wrong passwords: the account is locked for now; try again in {minutes} min</translation>
    </message>
    <message>
        <source>密码错误次数过多，账号已暂时锁定，请 {seconds} 秒后再试</source>
        <translation>Too many wrong passwords: the account is locked for now; try again in {seconds} s</translation>
    </message>
    <message>
        <source>导入文件是空的</source>
        <translation>The import file is empty</translation>
    </message>
    <message>
        <source>导入文件第 {} 行应为表头，缺少列：{}</source>
        <translation>Row {} of the import file should be the header; missing columns: {}</translation>
    </message>
    <message>
        <source>导入时有人同时修改了房源，请重新导入</source>
        <translation>Someone changed the units during the import; please import again</translation>
    </message>
    <message>
        <source>导出个人信息副本</source>
        <translation>export a copy of the personal data</translation>
    </message>
    <message>
        <source>导出格式只能是 json 或 xlsx</source>
        <translation>The export format can only be json or xlsx</translation>
    </message>
    <message>
        <source>尚未建立楼盘项目</source>
        <translation>No project has been set up yet</translation>
    </message>
    <message>
        <source>已交付</source>
        <translation>delivered</translation>
    </message>
    <message>
        <source>已批贷</source>
        <translation>loan approved</translation>
    </message>
    <message>
        <source>已放款</source>
        <translation>loan paid out</translation>
    </message>
    <message>
        <source>已签约</source>
        <translation>contracted</translation>
    </message>
    <message>
        <source>已签约的交易只能由销售经理办理解约</source>
        <translation>Only the sales manager can cancel a contracted deal</translation>
    </message>
    <message>
        <source>已经有账号了，请用管理员账号登录后再添加用户</source>
        <translation>Accounts already exist; sign in as an administrator to add users</translation>
    </message>
    <message>
        <source>已认购</source>
        <translation>subscribed</translation>
    </message>
    <message>
        <source>已认购、签约或交付的客户不能释放到公共池</source>
        <translation>Subscribed, contracted or delivered customers cannot be released to the public pool</translation>
    </message>
    <message>
        <source>应小于成交价</source>
        <translation>Must be less than the agreed price</translation>
    </message>
    <message>
        <source>开始日期不能晚于结束日期</source>
        <translation>The start date cannot be after the end date</translation>
    </message>
    <message>
        <source>当前没有空闲的置业顾问</source>
        <translation>No consultant is free at the moment</translation>
    </message>
    <message>
        <source>必填</source>
        <translation>Required</translation>
    </message>
    <message>
        <source>必须大于 0</source>
        <translation>Must be greater than 0</translation>
    </message>
    <message>
        <source>您名下已有 {active} 位在跟客户，已达上限 {cap} 位，请先跟进或释放部分客户后再领取</source>
        <translation>You already follow {active} customers, the limit of {cap}; follow up or release some before claiming more</translation>
    </message>
    <message>
        <source>您无权查看客户资料</source>
        <translation>You are not allowed to view customer data</translation>
    </message>
    <message>
        <source>您没有权限{what}</source>
        <translation>You are not allowed to {what}</translation>
    </message>
    <message>
        <source>您没有管理该类账号的权限</source>
        <translation>You are not allowed to manage this kind of account</translation>
    </message>
    <message>
        <source>您的角色没有跟进计划</source>
        <translation>Your role has no follow-up plan</translation>
    </message>
    <message>
        <source>您的账号已停用，请重新登录</source>
        <translation>Your account has been deactivated; please sign in again</translation>
    </message>
    <message>
        <source>房源写作 编号 或 楼栋/单元/房号（如 1号楼/1/1502）：{value}</source>
        <translation>Write a unit as its number or building/entrance/room (e.g. 1号楼/1/1502): {value}</translation>
    </message>
    <message>
        <source>房源已存在：{b_name} {parsed_unit_no}单元 {parsed_room_no}</source>
        <translation>The unit already exists: {b_name} entrance {parsed_unit_no} room {parsed_room_no}</translation>
    </message>
    <message>
        <source>房源状态为“{status}”，不能修改其面积或价格</source>
        <translation>The unit is “{status}”; its area and price cannot be changed</translation>
    </message>
    <message>
        <source>手机号码应为 11 位</source>
        <translation>A mobile number has 11 digits</translation>
    </message>
    <message>
        <source>扫描件归档文件已存在</source>
        <translation>The archived scan already exists</translation>
    </message>
    <message>
        <source>找不到不利因素（编号 {factor_id}）</source>
        <translation>Adverse factor not found (no. {factor_id})</translation>
    </message>
    <message>
        <source>找不到交易（编号 {deal_id}）</source>
        <translation>Deal not found (no. {deal_id})</translation>
    </message>
    <message>
        <source>找不到优惠申请（编号 {approval_id}）</source>
        <translation>Discount request not found (no. {approval_id})</translation>
    </message>
    <message>
        <source>找不到单据 {doc_no}</source>
        <translation>Document {doc_no} not found</translation>
    </message>
    <message>
        <source>找不到单据（编号 {document_id}）</source>
        <translation>Document not found (no. {document_id})</translation>
    </message>
    <message>
        <source>找不到备份文件：{path}</source>
        <translation>Backup file not found: {path}</translation>
    </message>
    <message>
        <source>找不到客户移交记录（编号 {transfer_id}）</source>
        <translation>Customer transfer not found (no. {transfer_id})</translation>
    </message>
    <message>
        <source>找不到客户（编号 {customer_id}）</source>
        <translation>Customer not found (no. {customer_id})</translation>
    </message>
    <message>
        <source>找不到客户（编号 {value}）</source>
        <translation>Customer not found (no. {value})</translation>
    </message>
    <message>
        <source>找不到当前用户，请重新登录</source>
        <translation>The current user was not found; please sign in again</translation>
    </message>
    <message>
        <source>找不到房源（编号 {unit_id}）</source>
        <translation>Unit not found (no. {unit_id})</translation>
    </message>
    <message>
        <source>找不到房源：{building} {unit_no}单元 {room_no}</source>
        <translation>Unit not found: {building} entrance {unit_no} room {room_no}</translation>
    </message>
    <message>
        <source>找不到扫描件文件：{scan}</source>
        <translation>Scan file not found: {scan}</translation>
    </message>
    <message>
        <source>找不到文件：{path}</source>
        <translation>File not found: {path}</translation>
    </message>
    <message>
        <source>找不到楼栋（编号 {building_id}）</source>
        <translation>Building not found (no. {building_id})</translation>
    </message>
    <message>
        <source>找不到电话为 {value} 的客户</source>
        <translation>No customer with the phone {value}</translation>
    </message>
    <message>
        <source>找不到移交人</source>
        <translation>The handing-over consultant was not found</translation>
    </message>
    <message>
        <source>找不到维修项（编号 {item_id}）</source>
        <translation>Repair item not found (no. {item_id})</translation>
    </message>
    <message>
        <source>找不到该客户</source>
        <translation>Customer not found</translation>
    </message>
    <message>
        <source>找不到该客户（可能已删除）</source>
        <translation>Customer not found (it may have been deleted)</translation>
    </message>
    <message>
        <source>找不到该家庭成员</source>
        <translation>Family member not found</translation>
    </message>
    <message>
        <source>找不到该用户</source>
        <translation>User not found</translation>
    </message>
    <message>
        <source>找不到该移交记录</source>
        <translation>Transfer record not found</translation>
    </message>
    <message>
        <source>找不到该置业顾问</source>
        <translation>Consultant not found</translation>
    </message>
    <message>
        <source>找不到该跟进任务</source>
        <translation>Follow-up task not found</translation>
    </message>
    <message>
        <source>找不到这条来访记录</source>
        <translation>Visit record not found</translation>
    </message>
    <message>
        <source>找不到项目（编号 {project_id}）</source>
        <translation>Project not found (no. {project_id})</translation>
    </message>
    <message>
        <source>报表仅供销售经理、置业顾问和客服查看</source>
        <translation>Reports are for the sales manager, consultants and customer service only</translation>
    </message>
    <message>
        <source>接手人不属于同一个项目</source>
        <translation>The receiving consultant belongs to another project</translation>
    </message>
    <message>
        <source>接手人必须是在职的置业顾问或销售经理</source>
        <translation>The receiver must be an active consultant or sales manager</translation>
    </message>
    <message>
        <source>接手顾问不能是移交人本人</source>
        <translation>The receiving consultant cannot be the one handing over</translation>
    </message>
    <message>
        <source>推荐人不存在</source>
        <translation>The referrer does not exist</translation>
    </message>
    <message>
        <source>改派其他顾问请填写原因</source>
        <translation>Give a reason for assigning another consultant</translation>
    </message>
    <message>
        <source>改派须由销售经理填写原因</source>
        <translation>Reassignment needs a reason from the sales manager</translation>
    </message>
    <message>
        <source>无权修改贷款状态</source>
        <translation>Not allowed to change the loan status</translation>
    </message>
    <message>
        <source>无权安排交付</source>
        <translation>Not allowed to schedule the delivery</translation>
    </message>
    <message>
        <source>无权打印交付通知书</source>
        <translation>Not allowed to print the delivery notice</translation>
    </message>
    <message>
        <source>无权打印交付验收单</source>
        <translation>Not allowed to print the handover form</translation>
    </message>
    <message>
        <source>无权查看该客户的完整手机号</source>
        <translation>Not allowed to view this customer&apos;s full phone number</translation>
    </message>
    <message>
        <source>无权查看该客户的身份证号</source>
        <translation>Not allowed to view this customer&apos;s resident ID</translation>
    </message>
    <message>
        <source>无法识别的客户编号或电话：{value}</source>
        <translation>Not a customer number or phone: {value}</translation>
    </message>
    <message>
        <source>无法识别的电话号码</source>
        <translation>Unrecognised phone number</translation>
    </message>
    <message>
        <source>无法读取 Excel 文件（请另存为 .xlsx 后再导入）：{path_name}</source>
        <translation>Cannot read the Excel file (save it as .xlsx and import again): {path_name}</translation>
    </message>
    <message>
        <source>有 {n} 位客户已不属于{name}（可能已被移交、释放或掉入公共池），请刷新后重试</source>
        <translation>{n} customers no longer belong to {name} (transferred, released or lapsed to the pool); refresh and try again</translation>
    </message>
    <message>
        <source>未知</source>
        <translation>Unknown</translation>
    </message>
    <message>
        <source>未知的关注点：</source>
        <translation>Unknown focus point: </translation>
    </message>
    <message>
        <source>未知的贷款状态：{loan_status}</source>
        <translation>Unknown loan status: {loan_status}</translation>
    </message>
    <message>
        <source>未知的贷款状态：{loan}</source>
        <translation>Unknown loan status: {loan}</translation>
    </message>
    <message>
        <source>未获批</source>
        <translation>loan refused</translation>
    </message>
    <message>
        <source>查看同意记录</source>
        <translation>view the consent records</translation>
    </message>
    <message>
        <source>楼层数至少为 1</source>
        <translation>A building has at least 1 floor</translation>
    </message>
    <message>
        <source>楼栋“{name}”已存在</source>
        <translation>Building “{name}” already exists</translation>
    </message>
    <message>
        <source>此次查看已记入审计日志。</source>
        <translation>This attempt has been written to the audit log.</translation>
    </message>
    <message>
        <source>演示数据中可用的来访客户不足，请先运行 salesdesk demo</source>
        <translation>Not enough visitors in the demo data; run salesdesk demo first</translation>
    </message>
    <message>
        <source>演示数据缺少销售经理或置业顾问，请先运行 salesdesk demo</source>
        <translation>The demo data has no sales manager or consultants; run salesdesk demo first</translation>
    </message>
    <message>
        <source>生日不合理</source>
        <translation>The birthday is not plausible</translation>
    </message>
    <message>
        <source>生日应为日期</source>
        <translation>The birthday must be a date</translation>
    </message>
    <message>
        <source>用户名“{username}”已存在</source>
        <translation>The user name “{username}” already exists</translation>
    </message>
    <message>
        <source>电话号码只能包含数字</source>
        <translation>A phone number may contain digits only</translation>
    </message>
    <message>
        <source>电话号码无效（座机请加区号，境外号码请加国家码，如 +852）</source>
        <translation>Invalid phone number (landlines need the area code, numbers abroad the country code, e.g. +852)</translation>
    </message>
    <message>
        <source>移交过程中客户归属被其他人修改，请刷新后重试</source>
        <translation>Someone changed a customer&apos;s owner during the transfer; refresh and try again</translation>
    </message>
    <message>
        <source>等级只能是 A、B、C、D</source>
        <translation>The grade can only be A, B, C or D</translation>
    </message>
    <message>
        <source>签约</source>
        <translation>contracted</translation>
    </message>
    <message>
        <source>管理员不能导出客户信息</source>
        <translation>Administrators cannot export customer data</translation>
    </message>
    <message>
        <source>管理员不能打印客户单据</source>
        <translation>Administrators cannot print customer documents</translation>
    </message>
    <message>
        <source>管理员不能查看客户信息</source>
        <translation>Administrators cannot view customer data</translation>
    </message>
    <message>
        <source>管理员不能查看接待轮序</source>
        <translation>Administrators cannot view the rotation</translation>
    </message>
    <message>
        <source>至少为 1</source>
        <translation>At least 1</translation>
    </message>
    <message>
        <source>认购</source>
        <translation>subscribed</translation>
    </message>
    <message>
        <source>认购、签约、交付、退订由交易流程更新</source>
        <translation>Subscription, contract, delivery and cancellation are set by the deal steps</translation>
    </message>
    <message>
        <source>认购前只需要姓名和手机号</source>
        <translation>Before subscription only the name and phone are needed</translation>
    </message>
    <message>
        <source>记录同意</source>
        <translation>record consent</translation>
    </message>
    <message>
        <source>该交易已经办理过交付</source>
        <translation>This deal has already been delivered</translation>
    </message>
    <message>
        <source>该交易还没有办理交付验收，无法打印交付验收单</source>
        <translation>This deal has no handover yet; the handover form cannot be printed</translation>
    </message>
    <message>
        <source>该优惠申请已经审批过</source>
        <translation>This discount request has already been decided</translation>
    </message>
    <message>
        <source>该号码对应的客户记录已变更，请重新查询后再保存</source>
        <translation>The customer record of this number has changed; look it up again before saving</translation>
    </message>
    <message>
        <source>该号码已是本客户的电话</source>
        <translation>This number is already this customer&apos;s phone</translation>
    </message>
    <message>
        <source>该备用电话已属于另一位客户</source>
        <translation>This alternate phone belongs to another customer</translation>
    </message>
    <message>
        <source>该客户在公共池中，请先领取再跟进</source>
        <translation>This customer is in the public pool; claim the customer before following up</translation>
    </message>
    <message>
        <source>该客户已不在公共池中（可能已被其他顾问领取）</source>
        <translation>This customer is no longer in the public pool (another consultant may have claimed it)</translation>
    </message>
    <message>
        <source>该客户已在公共池中</source>
        <translation>This customer is already in the public pool</translation>
    </message>
    <message>
        <source>该客户已归属此顾问</source>
        <translation>This customer already belongs to this consultant</translation>
    </message>
    <message>
        <source>该客户已经锁定</source>
        <translation>This customer is already locked</translation>
    </message>
    <message>
        <source>该客户已被经理锁定，请先解锁再释放</source>
        <translation>The manager has locked this customer; unlock before releasing</translation>
    </message>
    <message>
        <source>该客户归属置业顾问{owner}</source>
        <translation>This customer belongs to consultant {owner}</translation>
    </message>
    <message>
        <source>该客户有保留、认购、签约或交付中的交易，交易资料依法需要保存，不能删除</source>
        <translation>This customer has a held, subscribed, contracted or delivering deal; deal records must be kept by law and cannot be deleted</translation>
    </message>
    <message>
        <source>该客户没有锁定</source>
        <translation>This customer is not locked</translation>
    </message>
    <message>
        <source>该客户目前没有归属顾问</source>
        <translation>This customer has no consultant at present</translation>
    </message>
    <message>
        <source>该房源刚刚被其他人保留或认购，请刷新销控表后重新选择（一房不能多卖）</source>
        <translation>Someone has just held or subscribed this unit; refresh the sales control chart and choose again (a unit cannot be sold twice)</translation>
    </message>
    <message>
        <source>该房源已被其他客户保留或认购，不能为此客户打印购房告知书</source>
        <translation>This unit is held or subscribed by another customer; no purchase notice can be printed for this customer</translation>
    </message>
    <message>
        <source>该维修项已经关闭</source>
        <translation>This repair item is already closed</translation>
    </message>
    <message>
        <source>该访客已于 {time} 登记离开</source>
        <translation>This visitor was checked out at {time}</translation>
    </message>
    <message>
        <source>该账号已停用</source>
        <translation>This account has been deactivated</translation>
    </message>
    <message>
        <source>该跟进任务已经完成</source>
        <translation>This follow-up task is already done</translation>
    </message>
    <message>
        <source>该顾问今天未签到轮序</source>
        <translation>This consultant has not signed in to the rotation today</translation>
    </message>
    <message>
        <source>该顾问已签退或请假，不能接待</source>
        <translation>This consultant has signed out or is on leave and cannot receive visitors</translation>
    </message>
    <message>
        <source>该顾问已签退，请先签到</source>
        <translation>This consultant has signed out; sign in first</translation>
    </message>
    <message>
        <source>请先为客户打印{document}（{unit}），由客户签字确认全部不利因素后，再办理认购</source>
        <translation>Print the {document} ({unit}) for the customer first; once the customer has signed for every adverse factor, record the subscription</translation>
    </message>
    <message>
        <source>请先取得个人信息收集的基本同意</source>
        <translation>First obtain the basic consent to data collection</translation>
    </message>
    <message>
        <source>请先取得同意</source>
        <translation>Obtain consent first</translation>
    </message>
    <message>
        <source>请先运行 salesdesk demo 生成演示数据</source>
        <translation>Run salesdesk demo first to create the demo data</translation>
    </message>
    <message>
        <source>请填写“{item_room} {item_item}”的问题描述</source>
        <translation>Describe the problem of “{item_room} {item_item}”</translation>
    </message>
    <message>
        <source>请填写不利因素</source>
        <translation>Please describe the adverse factor</translation>
    </message>
    <message>
        <source>请填写删除原因</source>
        <translation>Please give the reason for deleting</translation>
    </message>
    <message>
        <source>请填写原因</source>
        <translation>Please give a reason</translation>
    </message>
    <message>
        <source>请填写合同编号</source>
        <translation>Please enter the contract number</translation>
    </message>
    <message>
        <source>请填写改派原因</source>
        <translation>Please give the reason for reassigning</translation>
    </message>
    <message>
        <source>请填写查看原因</source>
        <translation>Please give the reason for viewing</translation>
    </message>
    <message>
        <source>请填写流失原因</source>
        <translation>Please give the reason the customer was lost</translation>
    </message>
    <message>
        <source>请填写移交原因</source>
        <translation>Please give the reason for the transfer</translation>
    </message>
    <message>
        <source>请填写跟进内容</source>
        <translation>Please describe the follow-up</translation>
    </message>
    <message>
        <source>请填写退订原因</source>
        <translation>Please give the reason for the cancellation</translation>
    </message>
    <message>
        <source>请用通俗的话说明影响</source>
        <translation>Please explain the impact in plain words</translation>
    </message>
    <message>
        <source>请输入客户姓名</source>
        <translation>Please enter the customer&apos;s name</translation>
    </message>
    <message>
        <source>请输入客户姓名或姓氏</source>
        <translation>Please enter the customer&apos;s name or surname</translation>
    </message>
    <message>
        <source>请输入手机号码</source>
        <translation>Please enter the mobile number</translation>
    </message>
    <message>
        <source>请输入楼栋名称</source>
        <translation>Please enter the building&apos;s name</translation>
    </message>
    <message>
        <source>请输入楼盘名称</source>
        <translation>Please enter the project&apos;s name</translation>
    </message>
    <message>
        <source>请输入用户名</source>
        <translation>Please enter a user name</translation>
    </message>
    <message>
        <source>请选择付款方式</source>
        <translation>Please choose the payment method</translation>
    </message>
    <message>
        <source>请选择关系</source>
        <translation>Please choose the relation</translation>
    </message>
    <message>
        <source>请选择客户和房源</source>
        <translation>Please choose the customer and the unit</translation>
    </message>
    <message>
        <source>请选择性别</source>
        <translation>Please choose the form of address</translation>
    </message>
    <message>
        <source>请选择接待顾问</source>
        <translation>Please choose the consultant</translation>
    </message>
    <message>
        <source>请选择接手的置业顾问</source>
        <translation>Please choose the receiving consultant</translation>
    </message>
    <message>
        <source>请选择是否联系上客户</source>
        <translation>Please say whether the customer was reached</translation>
    </message>
    <message>
        <source>请选择本项目在职的置业顾问</source>
        <translation>Please choose an active consultant of this project</translation>
    </message>
    <message>
        <source>请选择来源渠道</source>
        <translation>Please choose the channel</translation>
    </message>
    <message>
        <source>请选择要移交的客户</source>
        <translation>Please choose the customers to transfer</translation>
    </message>
    <message>
        <source>请选择跟进方式</source>
        <translation>Please choose how you followed up</translation>
    </message>
    <message>
        <source>账号已暂时锁定，请 {minutes} 分 {seconds} 秒后再试</source>
        <translation>The account is locked for now; try again in {minutes} min {seconds} s</translation>
    </message>
    <message>
        <source>账号已暂时锁定，请 {minutes} 分钟后再试</source>
        <translation>The account is locked for now; try again in {minutes} min</translation>
    </message>
    <message>
        <source>账号已暂时锁定，请 {seconds} 秒后再试</source>
        <translation>The account is locked for now; try again in {seconds} s</translation>
    </message>
    <message>
        <source>购房告知书</source>
        <translation>purchase notice</translation>
    </message>
    <message>
        <source>距离不能为负数</source>
        <translation>The distance cannot be negative</translation>
    </message>
    <message>
        <source>身份证号在认购或签约时登记</source>
        <translation>The resident ID is recorded at subscription or contract</translation>
    </message>
    <message>
        <source>身份证号码中的出生日期不合理</source>
        <translation>The birth date in the resident ID is not plausible</translation>
    </message>
    <message>
        <source>身份证号码中的出生日期不是有效日期</source>
        <translation>The birth date in the resident ID is not a valid date</translation>
    </message>
    <message>
        <source>身份证号码前 17 位应为数字，末位为数字或 X</source>
        <translation>The first 17 characters of a resident ID are digits, the last a digit or X</translation>
    </message>
    <message>
        <source>身份证号码应为 18 位</source>
        <translation>A resident ID has 18 characters</translation>
    </message>
    <message>
        <source>身份证号码校验位不正确，请核对</source>
        <translation>The resident ID&apos;s check digit is wrong; please check it</translation>
    </message>
    <message>
        <source>身份证号码的省份代码不存在</source>
        <translation>The resident ID&apos;s province code does not exist</translation>
    </message>
    <message>
        <source>这不是您的跟进任务</source>
        <translation>This is not your follow-up task</translation>
    </message>
    <message>
        <source>退订</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <source>释放客户到公共池需要填写原因</source>
        <translation>Releasing a customer to the public pool needs a reason</translation>
    </message>
    <message>
        <source>钥匙名称必填，数量不能为负数</source>
        <translation>A key needs a name, and the count cannot be negative</translation>
    </message>
    <message>
        <source>销控表</source>
        <translation>sales control chart</translation>
    </message>
    <message>
        <source>面积上限应不小于下限</source>
        <translation>The upper area cannot be less than the lower</translation>
    </message>
    <message>
        <source>面积和价格必须大于 0</source>
        <translation>Area and price must be greater than 0</translation>
    </message>
    <message>
        <source>面积应为数字</source>
        <translation>The area must be a number</translation>
    </message>
    <message>
        <source>面积应在 1–9999 平方米之间</source>
        <translation>The area must be between 1 and 9,999 m²</translation>
    </message>
    <message>
        <source>项目不同</source>
        <translation>Different project</translation>
    </message>
    <message>
        <source>预览缺少交易或移交编号</source>
        <translation>The preview lacks the deal or transfer number</translation>
    </message>
    <message>
        <source>首付不能高于总价</source>
        <translation>The down payment cannot exceed the total budget</translation>
    </message>
    <message>
        <source>验收项目的房间和项目名称必填</source>
        <translation>An inspection item needs its room and its name</translation>
    </message>
    <message>
        <source>，本次来访应由其接待</source>
        <translation>, who should receive this visit</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
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
        <source>{family}（已嵌入 PDF）</source>
        <translation>{family} (embedded in the PDF)</translation>
    </message>
    <message>
        <source>{family}（未嵌入，内置替代字体）</source>
        <translation>{family} (not embedded: built-in substitute)</translation>
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
        <source>PDF 字体</source>
        <translation>PDF font</translation>
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
        <translation>{unit}, {layout}, {area}</translation>
    </message>
    <message>
        <source>{name}（{status}，置业顾问 {consultant}）</source>
        <translation>{name} ({status}, consultant {consultant})</translation>
    </message>
    <message>
        <source>已保留</source>
        <translation>held</translation>
    </message>
    <message>
        <source>未分配</source>
        <translation>none</translation>
    </message>
    <message>
        <source>该房源未保留，请查找认购的客户：</source>
        <translation>Nobody holds this unit; find the subscribing customer:</translation>
    </message>
    <message>
        <source>请填写定金</source>
        <translation>Enter the deposit</translation>
    </message>
    <message>
        <source>表价的 {percent}%（{amount}）</source>
        <translation>{percent}% of the list price ({amount})</translation>
    </message>
    <message>
        <source>成交价高于表价 {amount}。</source>
        <translation>The agreed price is {amount} above the list price.</translation>
    </message>
    <message>
        <source>无优惠。</source>
        <translation>No discount.</translation>
    </message>
    <message>
        <source>优惠 {amount}（{share}），未超过{limit}，无需审批。</source>
        <translation>Discount {amount} ({share}), within {limit}: no approval needed.</translation>
    </message>
    <message>
        <source>优惠 {amount}（{share}），超过{limit}；销售经理已批准 {approved}。</source>
        <translation>Discount {amount} ({share}), beyond {limit}; the sales manager approved {approved}.</translation>
    </message>
    <message>
        <source>优惠 {amount}（{share}），超过{limit}，需要销售经理审批。</source>
        <translation>Discount {amount} ({share}), beyond {limit}: needs the sales manager&apos;s approval.</translation>
    </message>
    <message>
        <source>您是销售经理，可以现场审批；审批人和时间会记录在案。</source>
        <translation>As sales manager you can approve it now; approver and time are recorded.</translation>
    </message>
    <message>
        <source>已申请优惠 {amount}，等待销售经理审批。批准后即可认购。</source>
        <translation>A discount of {amount} was requested and waits for the sales manager. Subscribe once it is approved.</translation>
    </message>
    <message>
        <source>请向销售经理申请审批，或请经理登录本机现场审批。</source>
        <translation>Ask the sales manager to approve it, or have the manager sign in here and approve it now.</translation>
    </message>
    <message>
        <source>请先查找并选择客户。</source>
        <translation>Find and choose the customer first.</translation>
    </message>
    <message>
        <source>申请优惠审批</source>
        <translation>Request discount approval</translation>
    </message>
    <message>
        <source>购房告知书 {number} 已打印。请客户阅读并签字确认全部不利因素后，再点“认购”。</source>
        <translation>Purchase notice {number} is printed. Once the customer has read it and signed for every adverse factor, click &quot;Subscribe&quot;.</translation>
    </message>
    <message>
        <source>请填写定金金额。</source>
        <translation>Enter the deposit amount.</translation>
    </message>
    <message>
        <source>优惠超过审批线：请勾选“由我（销售经理）现场审批此优惠”，或调整成交价。</source>
        <translation>The discount needs approval: tick &quot;I (sales manager) approve this discount now&quot;, or change the agreed price.</translation>
    </message>
    <message>
        <source>审批优惠</source>
        <translation>Approving the discount</translation>
    </message>
    <message>
        <source>认购</source>
        <translation>Subscribe</translation>
    </message>
</context>
<context>
    <name>SubscribeDialogView</name>
    <message>
        <source>认购</source>
        <translation>Subscribe</translation>
    </message>
    <message>
        <source>客户</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>可不填</source>
        <translation>Optional</translation>
    </message>
    <message>
        <source>18 位；不填则保留档案中已登记的</source>
        <translation>18 characters; leave empty to keep the one on file</translation>
    </message>
    <message>
        <source>客户同意登记身份证号（用于认购书和合同）</source>
        <translation>The customer agrees to the ID number being recorded (for the subscription and the contract)</translation>
    </message>
    <message>
        <source>表价</source>
        <translation>List price</translation>
    </message>
    <message>
        <source>成交价</source>
        <translation>Agreed price</translation>
    </message>
    <message>
        <source>定金</source>
        <translation>Deposit</translation>
    </message>
    <message>
        <source>定金日期</source>
        <translation>Deposit date</translation>
    </message>
    <message>
        <source>付款方式</source>
        <translation>Payment method</translation>
    </message>
    <message>
        <source>个性化变更</source>
        <translation>Personalised changes</translation>
    </message>
    <message>
        <source>身份证号</source>
        <translation>Resident ID</translation>
    </message>
    <message>
        <source>房价优惠审批</source>
        <translation>Discount approval</translation>
    </message>
    <message>
        <source>由我（销售经理）现场审批此优惠</source>
        <translation>I (sales manager) approve this discount now</translation>
    </message>
    <message>
        <source>优惠原因，如：老带新客户</source>
        <translation>Reason for the discount, e.g. referred by an owner</translation>
    </message>
    <message>
        <source>申请经理审批</source>
        <translation>Ask the manager</translation>
    </message>
    <message>
        <source>先打印购房告知书</source>
        <translation>Print the purchase notice first</translation>
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
    <name>TaskTableModel</name>
    <message>
        <source>任务</source>
        <translation>Task</translation>
    </message>
    <message>
        <source>客户</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>负责人</source>
        <translation>Assignee</translation>
    </message>
    <message>
        <source>到期日</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>逾期 {n} 天</source>
        <translation>{n} days overdue</translation>
    </message>
    <message>
        <source>今天到期</source>
        <translation>Due today</translation>
    </message>
</context>
<context>
    <name>TeamChartWidget</name>
    <message>
        <source>逾期</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>今日待跟进</source>
        <translation>Due today</translation>
    </message>
    <message>
        <source>团队里还没有置业顾问。</source>
        <translation>No consultants on the team yet.</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <source>来访</source>
        <extracomment>Kind → icon colour. Complaints are red, deals teal, visits blue...</extracomment>
        <translation>Visit</translation>
    </message>
    <message>
        <source>跟进</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <source>意向等级</source>
        <translation>Grade</translation>
    </message>
    <message>
        <source>归属变更</source>
        <translation>Ownership</translation>
    </message>
    <message>
        <source>交易</source>
        <translation>Deal</translation>
    </message>
    <message>
        <source>文件</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>投诉</source>
        <translation>Complaint</translation>
    </message>
    <message>
        <source>满意度</source>
        <translation>Survey</translation>
    </message>
    <message>
        <source>授权同意</source>
        <translation>Consent</translation>
    </message>
    <message>
        <source>访</source>
        <translation>V</translation>
    </message>
    <message>
        <source>跟</source>
        <translation>F</translation>
    </message>
    <message>
        <source>级</source>
        <translation>G</translation>
    </message>
    <message>
        <source>属</source>
        <translation>O</translation>
    </message>
    <message>
        <source>交</source>
        <translation>D</translation>
    </message>
    <message>
        <source>档</source>
        <translation>P</translation>
    </message>
    <message>
        <source>诉</source>
        <translation>C</translation>
    </message>
    <message>
        <source>评</source>
        <translation>S</translation>
    </message>
    <message>
        <source>授</source>
        <translation>A</translation>
    </message>
</context>
<context>
    <name>TransferDialog</name>
    <message>
        <source>{name}（已停用）</source>
        <extracomment>From this many customers on, the transfer shows a progress window. The transfer is done: the ``TransferResult``. The transfer form was issued: its ``IssuedDocumentInfo``.</extracomment>
        <translation>{name} (deactivated)</translation>
    </message>
    <message>
        <source>{name}（{n} 位客户）</source>
        <translation>{name} ({n} customers)</translation>
    </message>
    <message>
        <source>没有可移交的顾问</source>
        <translation>Nobody to transfer from</translation>
    </message>
    <message>
        <source>只有移交全部客户后才能停用账号</source>
        <translation>The account can be deactivated only when all customers are transferred</translation>
    </message>
    <message>
        <source>已选 {n} 位（按住 Ctrl 或 Shift 多选）</source>
        <translation>{n} selected (Ctrl or Shift to select several)</translation>
    </message>
    <message>
        <source>将移交全部 {n} 位客户</source>
        <translation>All {n} customers will be transferred</translation>
    </message>
    <message>
        <source>勾选一位或几位接手顾问后显示分配结果。</source>
        <translation>Tick one or more successors to see the spread.</translation>
    </message>
    <message>
        <source>请在上表中选择要移交的客户。</source>
        <translation>Select the customers to transfer in the table above.</translation>
    </message>
    <message>
        <source>{name} {n} 位</source>
        <translation>{name}: {n}</translation>
    </message>
    <message>
        <source>（将超过 {cap} 位上限）</source>
        <translation> (will exceed the cap of {cap})</translation>
    </message>
    <message>
        <source>按等级均匀分配：{parts}</source>
        <translation>Spread evenly by grade: {parts}</translation>
    </message>
    <message>
        <source>请选择移交人</source>
        <translation>Choose who is leaving</translation>
    </message>
    <message>
        <source>请选择要移交的客户</source>
        <translation>Select the customers to transfer</translation>
    </message>
    <message>
        <source>请勾选接手的置业顾问</source>
        <translation>Tick the successors</translation>
    </message>
    <message>
        <source>请填写移交原因</source>
        <translation>Enter the reason</translation>
    </message>
    <message>
        <source>正在移交 {n} 位客户，请稍候……</source>
        <translation>Transferring {n} customers, please wait…</translation>
    </message>
    <message>
        <source>客户移交</source>
        <translation>Customer transfer</translation>
    </message>
    <message>
        <source>{name}（{n} 位）</source>
        <translation>{name} ({n})</translation>
    </message>
    <message>
        <source>已将 {n} 位客户由 {from_name} 移交给 {shares}。</source>
        <translation>{n} customers moved from {from_name} to {shares}. </translation>
    </message>
    <message>
        <source>每位客户都已为接手顾问生成“介绍新顾问”跟进任务。</source>
        <translation>Each customer has an &quot;introduce the new consultant&quot; task for the successor. </translation>
    </message>
    <message>
        <source>原顾问未完成的 {n} 项任务已转给接手顾问。</source>
        <translation>{n} open tasks of the departing consultant went to the successors. </translation>
    </message>
    <message>
        <source>{name} 的账号已停用。</source>
        <translation>{name}&apos;s account is deactivated.</translation>
    </message>
    <message>
        <source>正在生成移交单……</source>
        <translation>Making the transfer form…</translation>
    </message>
    <message>
        <source>已生成移交单 {number}，已归档。</source>
        <translation>Transfer form {number} issued and archived.</translation>
    </message>
    <message>
        <source>客户档案移交单</source>
        <translation>Customer file transfer form</translation>
    </message>
    <message>
        <source>打印客户档案移交单</source>
        <translation>Printing the transfer form</translation>
    </message>
</context>
<context>
    <name>TransferDialogView</name>
    <message>
        <source>客户移交</source>
        <translation>Customer transfer</translation>
    </message>
    <message>
        <source>全部客户</source>
        <translation>All customers</translation>
    </message>
    <message>
        <source>只移交下表中选中的客户</source>
        <translation>Only the customers selected below</translation>
    </message>
    <message>
        <source>例如：离职、调岗到其他项目</source>
        <translation>e.g. leaving the company, moved to another project</translation>
    </message>
    <message>
        <source>移交后停用该账号（离职；账号不会被删除）</source>
        <translation>Deactivate the account afterwards (leaving; it is not deleted)</translation>
    </message>
    <message>
        <source>移交人</source>
        <translation>From</translation>
    </message>
    <message>
        <source>移交范围</source>
        <translation>Customers</translation>
    </message>
    <message>
        <source>接手顾问</source>
        <translation>Successors</translation>
    </message>
    <message>
        <source>分配预览</source>
        <translation>Spread</translation>
    </message>
    <message>
        <source>移交原因</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>移交</source>
        <translation>Transfer</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>移交完成</source>
        <translation>Transfer done</translation>
    </message>
    <message>
        <source>请打印《客户档案移交单》，由移交人、接手人和销售经理签字后存档。</source>
        <translation>Print the customer file transfer form, have it signed by both consultants and the manager, and file it.</translation>
    </message>
    <message>
        <source>打印客户档案移交单…</source>
        <translation>Print the transfer form…</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>UnitsPage</name>
    <message>
        <source>{name}：{n} 套</source>
        <extracomment>An export finished: the file&apos;s ``Path``. An import finished: its ``UnitImportReport``.</extracomment>
        <translation>{name}: {n} units</translation>
    </message>
    <message>
        <source>还没有楼栋和房源。请点“导入房源”，从 Excel 房源表导入。</source>
        <translation>No buildings or units yet. Click &quot;Import units&quot; to import an Excel unit list.</translation>
    </message>
    <message>
        <source>还没有楼栋和房源，请销售经理先导入房源表。</source>
        <translation>No buildings or units yet. Please ask the sales manager to import the unit list.</translation>
    </message>
    <message>
        <source>该楼栋还没有房源。</source>
        <translation>This building has no units yet.</translation>
    </message>
    <message>
        <source>{status} {n} 套</source>
        <translation>{status}: {n}</translation>
    </message>
    <message>
        <source>成交 {amount}</source>
        <translation>agreed {amount}</translation>
    </message>
    <message>
        <source>表价 {amount}</source>
        <translation>list {amount}</translation>
    </message>
    <message>
        <source>建筑面积 {area}
表价合计 {list}
成交金额 {deal}</source>
        <translation>Building area {area}
List prices {list}
Agreed prices {deal}</translation>
    </message>
    <message>
        <source>建筑面积 {area}
表价合计 {list}</source>
        <translation>Building area {area}
List prices {list}</translation>
    </message>
    <message>
        <source>共 {n} 套</source>
        <translation>{n} units in all</translation>
    </message>
    <message>
        <source>统计时间 {time}</source>
        <translation>As of {time}</translation>
    </message>
    <message>
        <source>{price}/m²</source>
        <translation>{price}/m²</translation>
    </message>
    <message>
        <source>不利因素（{n} 项）</source>
        <translation>Adverse factors ({n})</translation>
    </message>
    <message>
        <source>没有登记不利因素。</source>
        <translation>No adverse factors recorded.</translation>
    </message>
    <message>
        <source>取消保留…</source>
        <translation>Release hold…</translation>
    </message>
    <message>
        <source>解约退房…</source>
        <translation>Cancel contract…</translation>
    </message>
    <message>
        <source>退订…</source>
        <translation>Cancel…</translation>
    </message>
    <message>
        <source>保留和认购由置业顾问或销售经理办理。</source>
        <translation>Holds and subscriptions are made by a sales consultant or the sales manager.</translation>
    </message>
    <message>
        <source>{status}：由客户的置业顾问 {consultant} 或销售经理办理后续业务。</source>
        <translation>{status}: the next steps are for the customer&apos;s consultant {consultant} or the sales manager.</translation>
    </message>
    <message>
        <source>（未分配）</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>约 {m} 米</source>
        <translation>about {m} m</translation>
    </message>
    <message>
        <source>（{where}）</source>
        <translation> ({where})</translation>
    </message>
    <message>
        <source>，</source>
        <translation>, </translation>
    </message>
    <message>
        <source>销控表_{building}_{date}</source>
        <translation>Sales control {building} {date}</translation>
    </message>
    <message>
        <source>导出销控表</source>
        <translation>Export sales control grid</translation>
    </message>
    <message>
        <source>Excel 文件 (*.xlsx)</source>
        <translation>Excel files (*.xlsx)</translation>
    </message>
    <message>
        <source>PDF 文件 (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>正在导出销控表……</source>
        <translation>Exporting the sales control grid…</translation>
    </message>
    <message>
        <source>销控表已导出到 {path}</source>
        <translation>Sales control grid exported to {path}</translation>
    </message>
    <message>
        <source>销控表已导出到 {path}。注意：没有找到可嵌入的中文字体，请在“设置”中指定。</source>
        <translation>Sales control grid exported to {path}. Note: no embeddable Chinese font was found; choose one in Settings.</translation>
    </message>
    <message>
        <source>导出没有完成：{reason}</source>
        <translation>The export did not finish: {reason}</translation>
    </message>
    <message>
        <source>导入房源表</source>
        <translation>Import unit list</translation>
    </message>
    <message>
        <source>正在导入 {name}……</source>
        <translation>Importing {name}…</translation>
    </message>
    <message>
        <source>导入完成：新增 {created} 套，更新 {updated} 套，未导入 {rejected} 行。</source>
        <translation>Import finished: {created} units added, {updated} updated, {rejected} rows not imported.</translation>
    </message>
    <message>
        <source>导入没有完成：{reason}</source>
        <translation>The import did not finish: {reason}</translation>
    </message>
    <message>
        <source>导入房源</source>
        <translation>Import units</translation>
    </message>
    <message>
        <source>保存导入模板</source>
        <translation>Save import template</translation>
    </message>
    <message>
        <source>房源导入模板.xlsx</source>
        <translation>Unit import template.xlsx</translation>
    </message>
    <message>
        <source>无法保存到 {path}：{reason}</source>
        <translation>Cannot save to {path}: {reason}</translation>
    </message>
    <message>
        <source>导入模板已保存到 {path}</source>
        <translation>Import template saved to {path}</translation>
    </message>
</context>
<context>
    <name>UnitsView</name>
    <message>
        <source>房源销控</source>
        <translation>Sales control</translation>
    </message>
    <message>
        <source>刷新</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>导出</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>导出为 Excel…</source>
        <translation>Export as Excel…</translation>
    </message>
    <message>
        <source>导出为 PDF…</source>
        <translation>Export as PDF…</translation>
    </message>
    <message>
        <source>导入房源</source>
        <translation>Import units</translation>
    </message>
    <message>
        <source>从 Excel 房源表导入…</source>
        <translation>Import an Excel unit list…</translation>
    </message>
    <message>
        <source>下载导入模板…</source>
        <translation>Download import template…</translation>
    </message>
    <message>
        <source>楼栋</source>
        <translation>Building</translation>
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
    <name>VisitBoardView</name>
    <message>
        <source>在场客户</source>
        <translation>In the office now</translation>
    </message>
    <message>
        <source>目前没有在场的访客。</source>
        <translation>Nobody is in the office now.</translation>
    </message>
    <message>
        <source>离店登记 (F9)</source>
        <translation>Check out (F9)</translation>
    </message>
    <message>
        <source>选中的访客离开售楼处：记录离开时间和停留时长</source>
        <translation>The selected visitor leaves: records the time and the duration</translation>
    </message>
</context>
<context>
    <name>VisitBucketTableModel</name>
    <message>
        <source>时间</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>首次来访</source>
        <translation>First visits</translation>
    </message>
    <message>
        <source>复访</source>
        <translation>Return visits</translation>
    </message>
    <message>
        <source>合计</source>
        <translation>Total</translation>
    </message>
</context>
<context>
    <name>VisitTableModel</name>
    <message>
        <source>客户</source>
        <extracomment>``data(index, ROW_ROLE)`` is the row&apos;s ``VisitRow``. Raw values to sort by (numbers, times) rather than the displayed text.</extracomment>
        <translation>Customer</translation>
    </message>
    <message>
        <source>手机</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <source>接待顾问</source>
        <translation>Consultant</translation>
    </message>
    <message>
        <source>人数</source>
        <translation>Party</translation>
    </message>
    <message>
        <source>类型</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>到访</source>
        <translation>In</translation>
    </message>
    <message>
        <source>已停留</source>
        <translation>Stayed</translation>
    </message>
    <message>
        <source>（未留姓名）</source>
        <translation>(no name)</translation>
    </message>
    <message>
        <source>{n} 分钟</source>
        <translation>{n} min</translation>
    </message>
</context>
<context>
    <name>VisitsChartWidget</name>
    <message>
        <source>首次来访</source>
        <translation>First visits</translation>
    </message>
    <message>
        <source>复访</source>
        <translation>Return visits</translation>
    </message>
    <message>
        <source>{label}
首次来访 {first}，复访 {returning}，合计 {total}</source>
        <translation>{label}
first visits {first}, return visits {returning}, total {total}</translation>
    </message>
</context>
<context>
    <name>_ActionDialogView</name>
    <message>
        <source>{title} — 售楼接待台</source>
        <extracomment>Amounts and areas are typed, not stepped: no arrows, as tall as a line edit. (A stylesheet on a spin box hides its text under the application&apos;s QLineEdit padding.)</extracomment>
        <translation>{title} — SalesDesk</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
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
