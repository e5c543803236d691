<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
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
        <source>楼栋房源、销控表和不利因素</source>
        <translation>Buildings and units, the sales control grid and adverse factors</translation>
    </message>
    <message>
        <source>交易</source>
        <translation>Deals</translation>
    </message>
    <message>
        <source>认购、优惠审批、签约、退订和交付</source>
        <translation>Subscriptions, discount approval, contracts, cancellations and delivery</translation>
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
    <name>PlaceholderPage</name>
    <message>
        <source>此功能尚未开放</source>
        <translation>Not available yet</translation>
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
    <name>TaskProgressDialog</name>
    <message>
        <source>正在准备……</source>
        <translation>Preparing…</translation>
    </message>
</context>
</TS>
