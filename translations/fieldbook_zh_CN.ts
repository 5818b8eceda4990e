<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AccountImportWriter</name>
    <message>
        <source>name &apos;%1&apos; matches %2 accounts; add external ids to tell them apart</source>
        <translation>名称“%1”匹配到 %2 个客户；请添加外部 ID 加以区分</translation>
    </message>
</context>
<context>
    <name>AccountRepository</name>
    <message>
        <source>The account no longer exists.</source>
        <translation>该客户已不存在。</translation>
    </message>
    <message>
        <source>An account needs a name.</source>
        <translation>客户必须有名称。</translation>
    </message>
    <message>
        <source>The annual revenue cannot be negative.</source>
        <translation>年收入不能为负数。</translation>
    </message>
    <message>
        <source>The number of employees cannot be negative.</source>
        <translation>员工人数不能为负数。</translation>
    </message>
    <message>
        <source>“%1” is not a three-letter ISO 4217 currency code.</source>
        <translation>“%1”不是三个字母的 ISO 4217 货币代码。</translation>
    </message>
    <message>
        <source>“%1” is not a valid web address.</source>
        <translation>“%1”不是有效的网址。</translation>
    </message>
    <message>
        <source>The phone number “%1” is not valid: %2</source>
        <translation>电话号码“%1”无效：%2</translation>
    </message>
    <message>
        <source>An account cannot be its own parent.</source>
        <translation>客户不能是其自身的上级客户。</translation>
    </message>
    <message>
        <source>The parent account no longer exists.</source>
        <translation>上级客户已不存在。</translation>
    </message>
    <message>
        <source>The parent account is a subsidiary of this account.</source>
        <translation>所选上级客户是本客户的下属客户。</translation>
    </message>
    <message>
        <source>The account was deleted; restore it before editing.</source>
        <translation>该客户已被删除；请先恢复再编辑。</translation>
    </message>
    <message>
        <source>An account cannot be merged with itself.</source>
        <translation>客户不能与自身合并。</translation>
    </message>
    <message>
        <source>One of the accounts to merge was deleted.</source>
        <translation>要合并的客户中有一个已被删除。</translation>
    </message>
    <message>
        <source>Another account already has the external id %1.</source>
        <translation>另一个客户已使用外部 ID %1。</translation>
    </message>
    <message>
        <source>“%1” is not a language such as zh_CN or en_US.</source>
        <translation>“%1”不是有效的语言代码，例如 zh_CN 或 en_US。</translation>
    </message>
</context>
<context>
    <name>Activity</name>
    <message>
        <source>Call</source>
        <translation>通话</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>会议</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>拜访</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>邮件</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>已接通</translation>
    </message>
    <message>
        <source>Left voicemail</source>
        <translation>已留言</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>无人接听</translation>
    </message>
    <message>
        <source>Busy</source>
        <translation>占线</translation>
    </message>
    <message>
        <source>Call back later</source>
        <translation>稍后回电</translation>
    </message>
    <message>
        <source>Meeting booked</source>
        <translation>已约会议</translation>
    </message>
    <message>
        <source>Not interested</source>
        <translation>不感兴趣</translation>
    </message>
    <message>
        <source>Wrong number</source>
        <translation>号码错误</translation>
    </message>
    <message>
        <source>Gatekeeper</source>
        <translation>被前台拦截</translation>
    </message>
    <message>
        <source>Do not call</source>
        <translation>请勿致电</translation>
    </message>
</context>
<context>
    <name>ActivityRepository</name>
    <message>
        <source>The activity no longer exists.</source>
        <translation>该活动已不存在。</translation>
    </message>
    <message>
        <source>An activity needs a subject or notes.</source>
        <translation>活动必须有主题或备注。</translation>
    </message>
    <message>
        <source>The duration must be between 0 minutes and 7 days.</source>
        <translation>时长必须在 0 分钟到 7 天之间。</translation>
    </message>
    <message>
        <source>The activity needs a date and time.</source>
        <translation>活动必须有日期和时间。</translation>
    </message>
    <message>
        <source>The contact of this activity no longer exists.</source>
        <translation>该活动的联系人已不存在。</translation>
    </message>
    <message>
        <source>The account of this activity no longer exists.</source>
        <translation>该活动的客户已不存在。</translation>
    </message>
    <message>
        <source>The lead of this activity no longer exists.</source>
        <translation>该活动所属的线索已不存在。</translation>
    </message>
    <message>
        <source>An activity must belong to a contact, an account or a lead.</source>
        <translation>活动必须属于某个联系人、客户或线索。</translation>
    </message>
    <message>
        <source>The opportunity of this activity no longer exists.</source>
        <translation>此活动所属的商机已不存在。</translation>
    </message>
</context>
<context>
    <name>ActivityText</name>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n 分钟</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n 小时</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 小时 %2 分钟</translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation>即将到来</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>Logged</source>
        <translation>已记录</translation>
    </message>
    <message>
        <source>Not logged</source>
        <translation>未记录</translation>
    </message>
    <message>
        <source>open</source>
        <translation>未完成</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
</context>
<context>
    <name>AttachmentContents</name>
    <message>
        <source>The attachment&apos;s content is not on this device.</source>
        <translation>该附件的内容不在此设备上。</translation>
    </message>
    <message>
        <source>The downloaded file did not match its checksum; it is downloaded again.</source>
        <translation>下载的文件与其校验和不符，将重新下载。</translation>
    </message>
</context>
<context>
    <name>AttachmentRepository</name>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>文件 %1 不存在。</translation>
    </message>
    <message>
        <source>The file %1 is %2; attachments can be at most %3.</source>
        <translation>文件 %1 的大小为 %2；附件最大不能超过 %3。</translation>
    </message>
    <message>
        <source>The file %1 cannot be read: %2</source>
        <translation>无法读取文件 %1：%2</translation>
    </message>
    <message>
        <source>The file %1 is larger than %2.</source>
        <translation>文件 %1 超过了 %2。</translation>
    </message>
    <message>
        <source>Files cannot be attached to this kind of record.</source>
        <translation>无法向此类记录添加附件。</translation>
    </message>
    <message>
        <source>The record to attach the file to no longer exists.</source>
        <translation>要添加附件的记录已不存在。</translation>
    </message>
    <message>
        <source>The attachment&apos;s content is not on this device.</source>
        <translation>该附件的内容不在此设备上。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>AttachmentTransfer</name>
    <message>
        <source>A file of %1 bytes is larger than %2 accepts.</source>
        <translation>一个 %1 字节的文件超过了 %2 所接受的大小。</translation>
    </message>
    <message>
        <source>The stored copy of an attached file is damaged; it was not sent (%1).</source>
        <translation>本机保存的附件文件副本已损坏，未发送（%1）。</translation>
    </message>
    <message>
        <source>The server&apos;s answer to a sent file is unreadable or does not move on.</source>
        <translation>服务器对已发送文件的应答无法读取或没有进展。</translation>
    </message>
    <message>
        <source>The server sent another part of a file than was asked for.</source>
        <translation>服务器发送的文件片段与所请求的不符。</translation>
    </message>
    <message>
        <source>The server&apos;s list of missing files is unreadable: %1</source>
        <translation>服务器返回的缺失文件列表无法读取：%1</translation>
    </message>
</context>
<context>
    <name>AuthService</name>
    <message>
        <source>The user name or the password is wrong.</source>
        <translation>用户名或密码错误。</translation>
    </message>
    <message>
        <source>The sign-in has expired or was revoked; sign in again.</source>
        <translation>登录已过期或已被撤销；请重新登录。</translation>
    </message>
    <message>
        <source>A password needs at least 8 characters.</source>
        <translation>密码至少需要 8 个字符。</translation>
    </message>
    <message>
        <source>There is no user %1.</source>
        <translation>没有用户 %1。</translation>
    </message>
    <message>
        <source>The device id is missing.</source>
        <translation>缺少设备 ID。</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong passwords: try again in %n second(s).</source>
        <translation>
            <numerusform>密码错误次数过多：请在 %n 秒后重试。</numerusform>
        </translation>
    </message>
    <message>
        <source>This device was revoked or belongs to another user; it cannot sign in.</source>
        <translation>此设备已被吊销或属于其他用户；无法登录。</translation>
    </message>
    <message>
        <source>There is no device %1.</source>
        <translation>没有设备 %1。</translation>
    </message>
</context>
<context>
    <name>BlobService</name>
    <message>
        <source>No attachment you can see has the content %1.</source>
        <translation>您可见的附件中没有内容为 %1 的附件。</translation>
    </message>
    <message>
        <source>The content %1 has not reached the server yet; the device that attached it sends it when it syncs.</source>
        <translation>内容 %1 尚未到达服务器；添加该附件的设备会在同步时发送它。</translation>
    </message>
</context>
<context>
    <name>BlobStore</name>
    <message>
        <source>An upload of this content with %1 bytes is under way; send it from byte 0 to start over.</source>
        <translation>此内容正以 %1 字节的大小上传；如要重新开始，请从第 0 字节起发送。</translation>
    </message>
    <message>
        <source>The server has the first %1 bytes of this content; send the bytes from %1 on.</source>
        <translation>服务器已有此内容的前 %1 个字节；请从第 %1 字节起发送。</translation>
    </message>
    <message>
        <source>The uploaded bytes have the SHA-256 %1, not %2; the upload was discarded.</source>
        <translation>上传字节的 SHA-256 为 %1，而不是 %2；此次上传已丢弃。</translation>
    </message>
    <message>
        <source>The stored content %1 is incomplete.</source>
        <translation>已存储的内容 %1 不完整。</translation>
    </message>
</context>
<context>
    <name>BlobWire</name>
    <message>
        <source>%1 must be a SHA-256 in 64 lower-case hexadecimal digits</source>
        <translation>%1 必须是由 64 个小写十六进制数字组成的 SHA-256</translation>
    </message>
    <message>
        <source>Content-Range &quot;%1&quot; must read &quot;bytes FIRST-LAST/TOTAL&quot; with FIRST &lt;= LAST &lt; TOTAL (&quot;bytes */0&quot; for an empty file).</source>
        <translation>Content-Range &quot;%1&quot; 的格式必须为 &quot;bytes FIRST-LAST/TOTAL&quot;，且 FIRST &lt;= LAST &lt; TOTAL（空文件为 &quot;bytes */0&quot;）。</translation>
    </message>
    <message>
        <source>The file is %1 bytes; this server accepts files of at most %2 bytes.</source>
        <translation>该文件为 %1 字节；此服务器只接受不超过 %2 字节的文件。</translation>
    </message>
    <message>
        <source>Range &quot;%1&quot; must name one range of bytes: &quot;bytes=FIRST-LAST&quot; or &quot;bytes=FIRST-&quot;.</source>
        <translation>Range &quot;%1&quot; 必须指定一个字节范围：&quot;bytes=FIRST-LAST&quot; 或 &quot;bytes=FIRST-&quot;。</translation>
    </message>
    <message>
        <source>received must not exceed size</source>
        <translation>received 不得大于 size</translation>
    </message>
</context>
<context>
    <name>BoardText</name>
    <message>
        <source>%1 %2</source>
        <comment>amount, currency code</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Weighted: %1</source>
        <translation>加权：%1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln in other currencies not converted</source>
        <translation>
            <numerusform>%Ln 笔其他货币金额未换算</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %Ln more</source>
        <translation>
            <numerusform>还有 %Ln 个</numerusform>
        </translation>
    </message>
    <message>
        <source>Opportunities: %1</source>
        <translation>商机：%1</translation>
    </message>
    <message>
        <source>%1 %</source>
        <comment>probability in percent</comment>
        <translation>%1%</translation>
    </message>
    <message>
        <source>Needs attention:</source>
        <translation>需要关注：</translation>
    </message>
</context>
<context>
    <name>CalendarAgenda</name>
    <message numerus="yes">
        <source>%n users are called &quot;%1&quot;; give the e-mail address instead.</source>
        <translation>
            <numerusform>有 %n 位用户名为“%1”；请改为提供电子邮件地址。</numerusform>
        </translation>
    </message>
    <message>
        <source>No user is called &quot;%1&quot; or has that e-mail address.</source>
        <translation>没有名为“%1”或使用该电子邮件地址的用户。</translation>
    </message>
    <message>
        <source>all day</source>
        <translation>全天</translation>
    </message>
    <message>
        <source>all day until %1</source>
        <translation>全天，至 %1</translation>
    </message>
    <message>
        <source>(no title)</source>
        <translation>（无标题）</translation>
    </message>
    <message>
        <source>%1 (cancelled)</source>
        <translation>%1（已取消）</translation>
    </message>
    <message>
        <source>%1 (tentative)</source>
        <translation>%1（暂定）</translation>
    </message>
</context>
<context>
    <name>CalendarCliOptions</name>
    <message>
        <source>The first day (ISO date, e.g. 2027-03-01), in the zone of --zone.</source>
        <translation>第一天（ISO 日期，例如 2027-03-01），按 --zone 的时区。</translation>
    </message>
    <message>
        <source>The last day, included (ISO date).</source>
        <translation>最后一天，包含在内（ISO 日期）。</translation>
    </message>
    <message>
        <source>The IANA time zone the days and local times are in (default: the system&apos;s).</source>
        <translation>日期和本地时间所用的 IANA 时区（默认：系统时区）。</translation>
    </message>
    <message>
        <source>--%1 expects a date like 2027-03-01, not &apos;%2&apos;</source>
        <translation>--%1 需要类似 2027-03-01 的日期，而不是“%2”</translation>
    </message>
    <message>
        <source>give the period with --from DATE and --to DATE</source>
        <translation>请用 --from 日期 和 --to 日期 指定时间段</translation>
    </message>
    <message>
        <source>--to (%1) is before --from (%2)</source>
        <translation>--to（%1）早于 --from（%2）</translation>
    </message>
    <message>
        <source>--zone expects an IANA time zone such as Europe/Berlin or Asia/Shanghai, not &apos;%1&apos;</source>
        <translation>--zone 需要 IANA 时区，例如 Europe/Berlin 或 Asia/Shanghai，而不是“%1”</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>CalendarCommand</name>
    <message>
        <source>What to show: agenda (every occurrence of the period).</source>
        <translation>要显示的内容：agenda（该时间段内的每一次日程）。</translation>
    </message>
    <message>
        <source>Only events this user owns or attends: the user&apos;s name or e-mail address.</source>
        <translation>仅显示该用户负责或参加的日程：用户的姓名或电子邮件地址。</translation>
    </message>
    <message>
        <source>text (default: one line per occurrence in local time) or json (one object per occurrence, times in UTC).</source>
        <translation>text（默认：每次日程一行，使用本地时间）或 json（每次日程一个对象，时间为 UTC）。</translation>
    </message>
    <message>
        <source>calendar needs what to show: agenda</source>
        <translation>calendar 需要指定要显示的内容：agenda</translation>
    </message>
    <message>
        <source>unknown calendar command &apos;%1&apos;; available: agenda</source>
        <translation>未知的 calendar 命令“%1”；可用：agenda</translation>
    </message>
    <message>
        <source>--format expects json or text, not &apos;%1&apos;</source>
        <translation>--format 需要 json 或 text，而不是“%1”</translation>
    </message>
    <message>
        <source>the period may be at most ten years long</source>
        <translation>时间段最长为十年</translation>
    </message>
    <message>
        <source>list the calendar&apos;s occurrences of a period, recurrences expanded, as text or JSON</source>
        <translation>列出某时间段内日历的所有日程（展开重复），输出为文本或 JSON</translation>
    </message>
</context>
<context>
    <name>CalendarEvent</name>
    <message>
        <source>Meeting</source>
        <translation>会议</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>拜访</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
</context>
<context>
    <name>CalendarExport</name>
    <message>
        <source>An invitation needs the organizer&apos;s e-mail address.</source>
        <translation>邀请需要组织者的电子邮件地址。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no attendee with an e-mail address to invite.</source>
        <translation>“%1”没有可邀请的、带电子邮件地址的参与者。</translation>
    </message>
</context>
<context>
    <name>CalendarExportCli</name>
    <message>
        <source>the calendar is exported as iCalendar: --format ics, not &apos;%1&apos;</source>
        <translation>日历以 iCalendar 格式导出：应为 --format ics，而不是“%1”</translation>
    </message>
</context>
<context>
    <name>CalendarImport</name>
    <message>
        <source>Dry run: nothing was imported.</source>
        <translation>试运行：未导入任何内容。</translation>
    </message>
    <message>
        <source>Line %1: %2 has the UID of the item on line %3 and replaces it.</source>
        <translation>第 %1 行：%2 与第 %3 行的项目 UID 相同，已将其替换。</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was imported.</source>
        <translation>导入已取消；未导入任何内容。</translation>
    </message>
    <message>
        <source>Line %1: RANGE=THISANDFUTURE of %2 names no occurrence of its series; only that occurrence was changed.</source>
        <translation>第 %1 行：%2 的 RANGE=THISANDFUTURE 指向的并不是其系列中的某次日程；仅更改了这一次。</translation>
    </message>
    <message>
        <source>Line %1: from this occurrence on, %2 continues as a series of its own with the UID %3 (RANGE=THISANDFUTURE).</source>
        <translation>第 %1 行：从这一次起，%2 作为独立的系列继续，UID 为 %3（RANGE=THISANDFUTURE）。</translation>
    </message>
    <message>
        <source>Line %1: %2 changes an occurrence of a series that is neither in the file nor in Fieldbook; it was imported as a single event with the UID %3.</source>
        <translation>第 %1 行：%2 更改的是某个系列中的一次日程，但该系列既不在文件中也不在 Fieldbook 中；已作为单次日程导入，UID 为 %3。</translation>
    </message>
    <message>
        <source>Line %1: the series of %2 could not be imported; this changed occurrence was imported as a single event with the UID %3.</source>
        <translation>第 %1 行：%2 所属的系列无法导入；这次更改过的日程已作为单次日程导入，UID 为 %3。</translation>
    </message>
    <message>
        <source>Line %1: %2 changes one occurrence of a repeating task; tasks in Fieldbook do not repeat, so it was skipped.</source>
        <translation>第 %1 行：%2 更改的是重复任务中的一次；Fieldbook 中的任务不重复，因此已跳过。</translation>
    </message>
    <message>
        <source>Line %1: %2 repeats; tasks in Fieldbook do not repeat, so it was imported once.</source>
        <translation>第 %1 行：%2 是重复任务；Fieldbook 中的任务不重复，因此只导入了一次。</translation>
    </message>
    <message>
        <source>Line %1: %2 was not imported: %3</source>
        <translation>第 %1 行：%2 未导入：%3</translation>
    </message>
</context>
<context>
    <name>CalendarImportCli</name>
    <message>
        <source>--%1 is for CSV files; import calendar takes FILE.ics [--dry-run]</source>
        <translation>--%1 仅用于 CSV 文件；import calendar 的用法为 文件.ics [--dry-run]</translation>
    </message>
    <message>
        <source>import calendar needs the .ics file to read</source>
        <translation>import calendar 需要要读取的 .ics 文件</translation>
    </message>
    <message>
        <source>import reads one file at a time</source>
        <translation>import 每次只读取一个文件</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
</context>
<context>
    <name>CalendarTask</name>
    <message>
        <source>Open</source>
        <translation>待办</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>High</source>
        <translation>高</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>普通</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>低</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
</context>
<context>
    <name>CallList</name>
    <message>
        <source>Connected</source>
        <translation>已接通</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>无人接听</translation>
    </message>
    <message>
        <source>Busy</source>
        <translation>占线</translation>
    </message>
    <message>
        <source>Voicemail</source>
        <translation>语音信箱</translation>
    </message>
    <message>
        <source>Wrong number</source>
        <translation>号码错误</translation>
    </message>
    <message>
        <source>Do not call</source>
        <translation>请勿致电</translation>
    </message>
    <message>
        <source>Not interested</source>
        <translation>不感兴趣</translation>
    </message>
    <message>
        <source>Callback</source>
        <translation>回电</translation>
    </message>
    <message>
        <source>Meeting booked</source>
        <translation>已约会面</translation>
    </message>
</context>
<context>
    <name>CallListAssignment</name>
    <message>
        <source>Assign round-robin</source>
        <translation>轮流分配</translation>
    </message>
    <message>
        <source>The open numbers of “%1” go to the checked people in turn.</source>
        <translation>“%1”中待拨打的号码将轮流分配给勾选的人员。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>&amp;Assign</source>
        <translation>分配(&amp;A)</translation>
    </message>
    <message>
        <source>Reassign numbers</source>
        <translation>重新分配号码</translation>
    </message>
    <message>
        <source> of %1</source>
        <translation> / %1</translation>
    </message>
    <message>
        <source>&amp;Reassign</source>
        <translation>重新分配(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Numbers:</source>
        <translation>号码数(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>分配给(&amp;T)：</translation>
    </message>
    <message>
        <source>Move open numbers of %1, those added first, to someone else.</source>
        <translation>将 %1 待拨打的号码（先加入的优先）转给其他人。</translation>
    </message>
</context>
<context>
    <name>CallListBuilder</name>
    <message>
        <source>Row %1: &apos;%2&apos; is not a phone number.</source>
        <translation>第 %1 行：“%2”不是电话号码。</translation>
    </message>
    <message>
        <source>Call list</source>
        <translation>呼叫名单</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 has no phone column (phone, number, telephone or mobile).</source>
        <translation>%1 没有电话列（phone、number、telephone 或 mobile）。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an RFM segment; available: %2</source>
        <translation>“%1”不是 RFM 客户细分；可用：%2</translation>
    </message>
</context>
<context>
    <name>CallListCommand</name>
    <message>
        <source>not-contacted-since expects a date such as 2026-01-31, not &apos;%1&apos;</source>
        <translation>not-contacted-since 需要日期，例如 2026-01-31，而不是“%1”</translation>
    </message>
    <message>
        <source>there is no user &apos;%1&apos;</source>
        <translation>没有用户“%1”</translation>
    </message>
    <message>
        <source>--%1 expects a whole number from %2 to %3</source>
        <translation>--%1 需要 %2 到 %3 之间的整数</translation>
    </message>
    <message>
        <source>create NAME, list, or assign LIST USER...</source>
        <translation>create 名称、list，或 assign 名单 用户...</translation>
    </message>
    <message>
        <source>Build the list from a CSV file with a phone column.</source>
        <translation>从带电话列的 CSV 文件生成名单。</translation>
    </message>
    <message>
        <source>Lists of higher priority are called first (default 0).</source>
        <translation>优先级高的名单先拨打（默认 0）。</translation>
    </message>
    <message>
        <source>No answer or busy: call again after this (default 60).</source>
        <translation>无人接听或占线：在此之后再次拨打（默认 60）。</translation>
    </message>
    <message>
        <source>Calls at most per number (default 3).</source>
        <translation>每个号码最多拨打次数（默认 3）。</translation>
    </message>
    <message>
        <source>The call script, with {first_name}, {company}, {owner}…</source>
        <translation>通话脚本，可用 {first_name}、{company}、{owner}…</translation>
    </message>
    <message>
        <source>assign: hand the open entries to the users in turn.</source>
        <translation>assign：将未完成的条目轮流分配给各用户。</translation>
    </message>
    <message>
        <source>text (default) or json.</source>
        <translation>text（默认）或 json。</translation>
    </message>
    <message>
        <source>--format expects json or text, not &apos;%1&apos;</source>
        <translation>--format 需要 json 或 text，而不是“%1”</translation>
    </message>
    <message>
        <source>unknown calllist command &apos;%1&apos;; available: create, list, assign</source>
        <translation>未知的 calllist 命令“%1”；可用：create、list、assign</translation>
    </message>
    <message>
        <source>calllist create needs the list&apos;s name</source>
        <translation>calllist create 需要名单名称</translation>
    </message>
    <message>
        <source>%1: %2 numbers added; left out: %3 do not call, %4 duplicates, %5 without a number</source>
        <translation>%1：已添加 %2 个号码；未加入：%3 个请勿致电，%4 个重复，%5 个没有号码</translation>
    </message>
    <message>
        <source>%1	%2 to call	%3 done	%4 callbacks due	%5 calls, %6 connected</source>
        <translation>%1	待拨打 %2	已完成 %3	到期回电 %4	通话 %5 次，接通 %6 次</translation>
    </message>
    <message>
        <source>calllist assign needs the list, --round-robin and the users</source>
        <translation>calllist assign 需要名单、--round-robin 和用户</translation>
    </message>
    <message>
        <source>build telesales call lists from contacts, leads or a CSV file, list them with their progress, and assign them to reps</source>
        <translation>从联系人、线索或 CSV 文件生成电话营销呼叫名单，列出其进度，并分配给销售代表</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n entry(ies) assigned</source>
        <translation>
            <numerusform>%1：已分配 %n 个条目</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown filter &apos;%1&apos;; available: industry, region, tag, owner, not-contacted-since, status, segment</source>
        <translation>未知的筛选条件“%1”；可用：industry、region、tag、owner、not-contacted-since、status、segment</translation>
    </message>
    <message>
        <source>Keep only matching records: industry=, region=, tag=, owner=, not-contacted-since=DATE, status= (leads), segment= (an RFM segment&apos;s accounts). Repeat for several.</source>
        <translation>只保留符合条件的记录：industry=、region=、tag=、owner=、not-contacted-since=日期、status=（线索）、segment=（某个 RFM 客户细分的客户）。可重复使用。</translation>
    </message>
    <message>
        <source>Build the list from contacts, leads or accounts.</source>
        <translation>从联系人、线索或客户建立名单。</translation>
    </message>
    <message>
        <source>calllist create needs either --from contacts|leads|accounts or --csv FILE</source>
        <translation>calllist create 需要 --from contacts|leads|accounts 或 --csv FILE 之一</translation>
    </message>
    <message>
        <source>--from expects contacts, leads or accounts, not &apos;%1&apos;</source>
        <translation>--from 应为 contacts、leads 或 accounts，而不是“%1”</translation>
    </message>
</context>
<context>
    <name>CallListRepository</name>
    <message>
        <source>A call list needs a name.</source>
        <translation>呼叫名单需要名称。</translation>
    </message>
    <message>
        <source>A list allows from 1 to %1 calls per number.</source>
        <translation>每个号码可拨打 1 到 %1 次。</translation>
    </message>
    <message>
        <source>The delay before calling again is from 0 minutes to 30 days.</source>
        <translation>再次拨打前的间隔为 0 分钟到 30 天。</translation>
    </message>
    <message>
        <source>There is no call list &apos;%1&apos;.</source>
        <translation>没有呼叫名单“%1”。</translation>
    </message>
    <message>
        <source>The call list no longer exists.</source>
        <translation>该呼叫名单已不存在。</translation>
    </message>
    <message>
        <source>The call list entry no longer exists.</source>
        <translation>该呼叫名单条目已不存在。</translation>
    </message>
    <message>
        <source>Name at least one person to assign the list to.</source>
        <translation>请至少指定一名分配名单的人员。</translation>
    </message>
</context>
<context>
    <name>CallReportCli</name>
    <message>
        <source>--%1 expects a date such as 2026-01-31, not &apos;%2&apos;</source>
        <translation>--%1 需要日期，例如 2026-01-31，而不是“%2”</translation>
    </message>
    <message>
        <source>--from must not be after --to</source>
        <translation>--from 不能晚于 --to</translation>
    </message>
    <message>
        <source>--by expects %1, not &apos;%2&apos;</source>
        <translation>--by 需要 %1，而不是“%2”</translation>
    </message>
    <message>
        <source>calls from %1 to %2; opportunity amounts in %3</source>
        <translation>%1 至 %2 的通话；商机金额以 %3 计</translation>
    </message>
</context>
<context>
    <name>CallStatistics</name>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
</context>
<context>
    <name>CallWrapUp</name>
    <message>
        <source>A call lasts from 0 seconds to 24 hours.</source>
        <translation>通话时长应在 0 秒到 24 小时之间。</translation>
    </message>
    <message>
        <source>A callback needs a time that has not passed yet.</source>
        <translation>回电需要一个尚未过去的时间。</translation>
    </message>
    <message>
        <source>Call with %1</source>
        <translation>与 %1 通话</translation>
    </message>
    <message>
        <source>Next step: %1</source>
        <translation>下一步：%1</translation>
    </message>
    <message>
        <source>Call back %1</source>
        <translation>回电给 %1</translation>
    </message>
    <message>
        <source>The call list entry no longer exists.</source>
        <translation>该呼叫名单条目已不存在。</translation>
    </message>
    <message>
        <source>The call list no longer exists.</source>
        <translation>该呼叫名单已不存在。</translation>
    </message>
</context>
<context>
    <name>CatalogRepository</name>
    <message>
        <source>Only managers and admins change the product catalogue and price lists.</source>
        <translation>只有经理和管理员可以更改产品目录和价目表。</translation>
    </message>
    <message>
        <source>The product no longer exists.</source>
        <translation>该产品已不存在。</translation>
    </message>
    <message>
        <source>A product needs a name.</source>
        <translation>产品需要名称。</translation>
    </message>
    <message>
        <source>A product needs a SKU (its article number).</source>
        <translation>产品需要 SKU（即货号）。</translation>
    </message>
    <message>
        <source>The tax rate must be between 0 and 100 %.</source>
        <translation>税率必须在 0 到 100% 之间。</translation>
    </message>
    <message>
        <source>The SKU %1 is already used by %2.</source>
        <translation>SKU %1 已被 %2 使用。</translation>
    </message>
    <message>
        <source>The price list no longer exists.</source>
        <translation>该价目表已不存在。</translation>
    </message>
    <message>
        <source>A price list needs a name.</source>
        <translation>价目表需要名称。</translation>
    </message>
    <message>
        <source>The currency must be a three-letter ISO code such as EUR or CNY.</source>
        <translation>货币必须是三个字母的 ISO 代码，例如 EUR 或 CNY。</translation>
    </message>
    <message>
        <source>A unit price cannot be negative.</source>
        <translation>单价不能为负数。</translation>
    </message>
    <message>
        <source>A minimum quantity cannot be negative.</source>
        <translation>最小数量不能为负数。</translation>
    </message>
    <message>
        <source>The price list already has a price for this product from quantity %1; change that price instead.</source>
        <translation>该价目表中已有此产品起始数量为 %1 的价格；请改为修改该价格。</translation>
    </message>
</context>
<context>
    <name>ChartBuilder</name>
    <message>
        <source>%1 %</source>
        <comment>a ratio in percent</comment>
        <translation>%1%</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 天</translation>
    </message>
    <message numerus="yes">
        <source>%Ln deal(s)</source>
        <translation>
            <numerusform>%Ln 个商机</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2: %3</source>
        <comment>category · series: value</comment>
        <translation>%1 · %2：%3</translation>
    </message>
    <message>
        <source>Millions of %1</source>
        <translation>百万 %1</translation>
    </message>
    <message>
        <source>Thousands of %1</source>
        <translation>千 %1</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>天数</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>商机数</translation>
    </message>
    <message numerus="yes">
        <source>%Ln call(s)</source>
        <translation>
            <numerusform>%Ln 次通话</numerusform>
        </translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>通话</translation>
    </message>
</context>
<context>
    <name>ChartExport</name>
    <message>
        <source>Nothing to show for this choice.</source>
        <translation>当前选择下没有可显示的内容。</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 图像 (*.png)</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
</context>
<context>
    <name>CliApplication</name>
    <message>
        <source>--busy-timeout expects milliseconds, not &apos;%1&apos;</source>
        <translation>--busy-timeout 需要以毫秒为单位的数值，而不是“%1”</translation>
    </message>
    <message>
        <source>Usage: fieldbook-cli --db FILE &lt;command&gt; [options]
       fieldbook-cli &lt;command&gt; --help | --help | --version

Fieldbook&apos;s command line: results go to stdout (JSON where asked), errors to stderr.

Global options:
  --db FILE            the Fieldbook database (created only by init)
  --busy-timeout MS    how long to wait for a database another program is writing (default 5000)

Commands:
</source>
        <translation>用法：fieldbook-cli --db FILE &lt;命令&gt; [选项]
      fieldbook-cli &lt;命令&gt; --help | --help | --version

Fieldbook 命令行工具：结果输出到 stdout（按要求输出 JSON），错误输出到 stderr。

全局选项：
  --db FILE            Fieldbook 数据库（只有 init 命令会创建它）
  --busy-timeout MS    数据库正被其他程序写入时的等待时间（默认 5000 毫秒）

命令：
</translation>
    </message>
    <message>
        <source>Usage: fieldbook-cli --db FILE %1

%2

</source>
        <translation>用法：fieldbook-cli --db FILE %1

%2

</translation>
    </message>
    <message>
        <source>%1 needs a value</source>
        <translation>%1 需要一个值</translation>
    </message>
    <message>
        <source>unknown option &apos;%1&apos;; see fieldbook-cli --help</source>
        <translation>未知选项“%1”；请参阅 fieldbook-cli --help</translation>
    </message>
    <message>
        <source>no command given; see fieldbook-cli --help</source>
        <translation>未指定命令；请参阅 fieldbook-cli --help</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;; commands: %2</source>
        <translation>未知命令“%1”；可用命令：%2</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>显示此帮助。</translation>
    </message>
    <message>
        <source>The Fieldbook database.</source>
        <translation>Fieldbook 数据库。</translation>
    </message>
    <message>
        <source>Milliseconds to wait for a busy database.</source>
        <translation>数据库繁忙时等待的毫秒数。</translation>
    </message>
    <message>
        <source>%1; see fieldbook-cli %2 --help</source>
        <translation>%1；请参阅 fieldbook-cli %2 --help</translation>
    </message>
    <message>
        <source>
Exit codes:
  0  success
  1  failure (cancelled, output not writable, ...)
  2  usage error (unknown command or option, bad argument)
  3  database error (missing, locked, newer version, damaged, disk full)
  4  input file error (missing, unreadable or malformed file to import)
  5  sync: sign-in refused (wrong user or password, expired, device revoked, too many attempts)
  6  sync: the server&apos;s certificate is not trusted
  7  sync: the server cannot be reached or is temporarily unavailable
  8  sync: in sync, but conflicts or rejected changes wait for a decision
</source>
        <translation>
退出码：
  0  成功
  1  失败（已取消、无法写入输出等）
  2  用法错误（未知命令或选项、参数有误）
  3  数据库错误（缺失、被锁定、版本较新、已损坏、磁盘已满）
  4  输入文件错误（要导入的文件缺失、无法读取或格式错误）
  5  同步：登录被拒绝（用户名或密码错误、登录已过期、设备已吊销、尝试次数过多）
  6  同步：服务器证书不受信任
  7  同步：无法连接服务器或服务器暂时不可用
  8  同步：已同步，但有冲突或被拒绝的更改等待处理
</translation>
    </message>
    <message>
        <source>
Exit codes: 0 success, 1 failure, 2 usage error, 3 database error, 4 input file error; sync: 5 sign-in refused, 6 certificate not trusted, 7 server unreachable, 8 decisions waiting.
</source>
        <translation>
退出码：0 成功，1 失败，2 用法错误，3 数据库错误，4 输入文件错误；同步：5 登录被拒绝，6 证书不受信任，7 无法连接服务器，8 有待处理的决定。
</translation>
    </message>
</context>
<context>
    <name>CliContext</name>
    <message>
        <source>No database given: pass --db FILE.</source>
        <translation>未指定数据库：请传入 --db FILE。</translation>
    </message>
    <message>
        <source>The database %1 does not exist; run &quot;fieldbook-cli --db %1 init&quot; first.</source>
        <translation>数据库 %1 不存在；请先运行“fieldbook-cli --db %1 init”。</translation>
    </message>
</context>
<context>
    <name>CommissionPlanImportWriter</name>
    <message>
        <source>a commission plan needs the user or the team (its manager) it is for</source>
        <translation>佣金方案需要指定适用的用户或团队（即团队经理）</translation>
    </message>
    <message>
        <source>give the user or the team of a commission plan, not both</source>
        <translation>佣金方案只能指定用户或团队其中之一，不能同时指定</translation>
    </message>
    <message>
        <source>a commission plan needs the day it applies from (valid_from)</source>
        <translation>佣金方案需要指定生效日期（valid_from）</translation>
    </message>
    <message>
        <source>rate &apos;%1&apos; is not a percentage from 0 to 100 with at most two decimals</source>
        <translation>佣金比例“%1”不是 0 到 100 之间、最多两位小数的百分比</translation>
    </message>
    <message>
        <source>accelerator &apos;%1&apos; is not a multiplier from 1 to 10 with at most two decimals (such as 1.5)</source>
        <translation>加速系数“%1”不是 1 到 10 之间、最多两位小数的倍数（例如 1.5）</translation>
    </message>
</context>
<context>
    <name>CommissionPlanRepository</name>
    <message>
        <source>Only managers and administrators can set commission plans.</source>
        <translation>只有经理和管理员可以设置佣金方案。</translation>
    </message>
    <message>
        <source>A commission plan needs the day it applies from.</source>
        <translation>佣金方案需要指定生效日期。</translation>
    </message>
    <message>
        <source>A commission rate is from 0 to 100 %.</source>
        <translation>佣金比例必须在 0 到 100% 之间。</translation>
    </message>
    <message>
        <source>Each family rate needs a family and a rate from 0 to 100 %.</source>
        <translation>每个产品系列比例都需要指定产品系列和 0 到 100% 之间的比例。</translation>
    </message>
    <message>
        <source>The family &apos;%1&apos; has two rates.</source>
        <translation>产品系列“%1”有两个比例。</translation>
    </message>
    <message>
        <source>An accelerator multiplies the rate by 1 to 10.</source>
        <translation>加速系数是佣金比例的乘数，必须在 1 到 10 之间。</translation>
    </message>
    <message>
        <source>Nobody reports to %1, so a team plan would apply to no one.</source>
        <translation>没有人向 %1 汇报，因此团队方案不会适用于任何人。</translation>
    </message>
</context>
<context>
    <name>CommissionReport</name>
    <message>
        <source>×%1 above quota</source>
        <translation>超出配额部分 ×%1</translation>
    </message>
    <message>
        <source>team of %1 from %2</source>
        <translation>%1 的团队，自 %2 起</translation>
    </message>
    <message>
        <source>%1 from %2</source>
        <translation>%1，自 %2 起</translation>
    </message>
</context>
<context>
    <name>CompanyProfile</name>
    <message>
        <source>The logo is larger than 2 MB; use a smaller image.</source>
        <translation>徽标大于 2 MB；请使用更小的图片。</translation>
    </message>
    <message>
        <source>The logo must be a PNG, JPEG or SVG image.</source>
        <translation>徽标必须是 PNG、JPEG 或 SVG 图片。</translation>
    </message>
    <message>
        <source>The default tax rate must be between 0 and 100 %.</source>
        <translation>默认税率必须在 0 到 100% 之间。</translation>
    </message>
</context>
<context>
    <name>ConnectionGuard</name>
    <message>
        <source>The request is larger than %1 bytes.</source>
        <translation>请求大于 %1 字节。</translation>
    </message>
    <message>
        <source>The request arrived too slowly (%1 bytes in %2 seconds).</source>
        <translation>请求到达过慢（%2 秒内仅 %1 字节）。</translation>
    </message>
</context>
<context>
    <name>ContactImportWriter</name>
    <message>
        <source>e-mail &apos;%1&apos; matches %2 contacts; add external ids to tell them apart</source>
        <translation>邮箱“%1”匹配到 %2 个联系人；请添加外部 ID 加以区分</translation>
    </message>
</context>
<context>
    <name>ContactRepository</name>
    <message>
        <source>The account of this contact no longer exists.</source>
        <translation>该联系人所属的客户已不存在。</translation>
    </message>
    <message>
        <source>The contact no longer exists.</source>
        <translation>该联系人已不存在。</translation>
    </message>
    <message>
        <source>A contact needs a first or a last name.</source>
        <translation>联系人必须有名字或姓氏。</translation>
    </message>
    <message>
        <source>“%1” is not a valid e-mail address.</source>
        <translation>“%1”不是有效的电子邮件地址。</translation>
    </message>
    <message>
        <source>The phone number “%1” is not valid: %2</source>
        <translation>电话号码“%1”无效：%2</translation>
    </message>
    <message>
        <source>The contact was deleted; restore it before editing.</source>
        <translation>该联系人已被删除；请先恢复再编辑。</translation>
    </message>
    <message>
        <source>A contact cannot be merged with itself.</source>
        <translation>联系人不能与自身合并。</translation>
    </message>
    <message>
        <source>One of the contacts to merge was deleted.</source>
        <translation>要合并的联系人中有一个已被删除。</translation>
    </message>
    <message>
        <source>Another contact already has the external id %1.</source>
        <translation>另一个联系人已使用外部 ID %1。</translation>
    </message>
</context>
<context>
    <name>CsvFieldFormat</name>
    <message>
        <source>%1 &apos;%2&apos; is not an amount</source>
        <translation>%1 的值“%2”不是金额</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; is not a whole number</source>
        <translation>%1 的值“%2”不是整数</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; is not yes or no</source>
        <translation>%1 的值“%2”不是“是”或“否”</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; is not a date (use YYYY-MM-DD)</source>
        <translation>%1 的值“%2”不是日期（请使用 YYYY-MM-DD 格式）</translation>
    </message>
</context>
<context>
    <name>CsvImporter</name>
    <message>
        <source>The import was cancelled; nothing was imported.</source>
        <translation>导入已取消；未导入任何内容。</translation>
    </message>
    <message>
        <source>Dry run: nothing was imported.</source>
        <translation>试运行：未导入任何内容。</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>The CSV file is not open for reading.</source>
        <translation>CSV 文件未以读取方式打开。</translation>
    </message>
    <message>
        <source>The CSV file is empty; its first row must name the columns.</source>
        <translation>CSV 文件为空；其第一行必须是列名。</translation>
    </message>
    <message>
        <source>Row %1 has %2 fields, but the header row has %3 columns.</source>
        <translation>第 %1 行有 %2 个字段，但标题行有 %3 列。</translation>
    </message>
    <message>
        <source>The CSV file is encoded as UTF-16; save it as &quot;CSV UTF-8&quot; and try again.</source>
        <translation>CSV 文件采用 UTF-16 编码；请将其另存为“CSV UTF-8”后重试。</translation>
    </message>
    <message>
        <source>The CSV file could not be read: %1</source>
        <translation>无法读取 CSV 文件：%1</translation>
    </message>
    <message>
        <source>Row %1, column %2: a quoted field is never closed; the file ends inside it.</source>
        <translation>第 %1 行第 %2 列：带引号的字段没有结束引号；文件在该字段内结束。</translation>
    </message>
    <message>
        <source>Row %1, column %2: the file contains binary data (a NUL byte); it is not a CSV text file.</source>
        <translation>第 %1 行第 %2 列：文件包含二进制数据（NUL 字节）；它不是 CSV 文本文件。</translation>
    </message>
    <message>
        <source>Row %1, column %2: the text is not valid UTF-8; save the file as &quot;CSV UTF-8&quot; and try again.</source>
        <translation>第 %1 行第 %2 列：文本不是有效的 UTF-8；请将文件另存为“CSV UTF-8”后重试。</translation>
    </message>
    <message>
        <source>Row %1, column %2: a quote character appears inside a field that does not start with a quote; quote the whole field and double the quotes inside it.</source>
        <translation>第 %1 行第 %2 列：不以引号开头的字段中出现了引号字符；请用引号括起整个字段，并将字段内的引号写成两个。</translation>
    </message>
    <message>
        <source>Row %1, column %2: there is text after the closing quote of the field.</source>
        <translation>第 %1 行第 %2 列：字段的结束引号之后还有文本。</translation>
    </message>
    <message>
        <source>Row %1, column %2: the field is longer than the limit of %3 bytes.</source>
        <translation>第 %1 行第 %2 列：字段长度超过了 %3 字节的上限。</translation>
    </message>
    <message>
        <source>Row %1: the row is longer than the limit of %2 bytes.</source>
        <translation>第 %1 行：该行长度超过了 %2 字节的上限。</translation>
    </message>
    <message>
        <source>Row %1: the row has more than %2 columns.</source>
        <translation>第 %1 行：该行超过了 %2 列。</translation>
    </message>
</context>
<context>
    <name>CsvWriter</name>
    <message>
        <source>The CSV file is not open for writing.</source>
        <translation>CSV 文件未以写入方式打开。</translation>
    </message>
    <message>
        <source>The CSV file could not be written: %1</source>
        <translation>无法写入 CSV 文件：%1</translation>
    </message>
</context>
<context>
    <name>CurrencyRates</name>
    <message>
        <source>“%1” is not a currency code; use three letters such as EUR or CNY.</source>
        <translation>“%1”不是货币代码；请使用三个字母，例如 EUR 或 CNY。</translation>
    </message>
    <message>
        <source>The rate of %1 must be a number above 0 with at most 8 decimals, such as 0.92.</source>
        <translation>%1 的汇率必须是大于 0 的数字，最多 8 位小数，例如 0.92。</translation>
    </message>
</context>
<context>
    <name>DashboardData</name>
    <message>
        <source>Closed won</source>
        <translation>已赢单</translation>
    </message>
    <message>
        <source>Commit</source>
        <translation>承诺</translation>
    </message>
    <message>
        <source>Best case</source>
        <translation>最佳情况</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>管道</translation>
    </message>
    <message>
        <source>Quota</source>
        <translation>配额</translation>
    </message>
    <message>
        <source>Open pipeline by stage</source>
        <translation>按阶段划分的进行中商机金额</translation>
    </message>
    <message>
        <source>Open pipeline</source>
        <translation>进行中商机</translation>
    </message>
    <message>
        <source>Forecast against quota</source>
        <translation>预测与配额对比</translation>
    </message>
    <message>
        <source>Forecast by salesperson</source>
        <translation>各销售人员的预测</translation>
    </message>
    <message>
        <source>Won revenue by month</source>
        <translation>每月赢单收入</translation>
    </message>
    <message>
        <source>Win rate by salesperson</source>
        <translation>各销售人员的赢单率</translation>
    </message>
    <message>
        <source>By number of deals</source>
        <translation>按商机数</translation>
    </message>
    <message>
        <source>By amount</source>
        <translation>按金额</translation>
    </message>
    <message>
        <source>Average days in each stage</source>
        <translation>各阶段平均停留天数</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>天数</translation>
    </message>
    <message>
        <source>Why deals were won or lost</source>
        <translation>赢单与丢单原因</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>赢单</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>丢单</translation>
    </message>
    <message>
        <source>Forecast week by week</source>
        <translation>预测逐周变化</translation>
    </message>
    <message numerus="yes">
        <source>%n deal(s) in %1 without an exchange rate are not added.</source>
        <translation>
            <numerusform>以 %1 计的 %n 个商机没有汇率，未计入合计。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The record no longer exists.</source>
        <translation>该记录已不存在。</translation>
    </message>
    <message>
        <source>The database is in use by another program. Close it there and try again.</source>
        <translation>数据库正被其他程序使用。请在该程序中关闭后重试。</translation>
    </message>
    <message>
        <source>The disk is full. Nothing was saved; free some space and try again.</source>
        <translation>磁盘已满。未保存任何内容；请释放一些空间后重试。</translation>
    </message>
    <message>
        <source>The file is not a Fieldbook database or is damaged.</source>
        <translation>该文件不是 Fieldbook 数据库，或已损坏。</translation>
    </message>
    <message>
        <source>The database file cannot be read or written (%1).</source>
        <translation>无法读取或写入数据库文件（%1）。</translation>
    </message>
    <message>
        <source>The database reported an error: %1</source>
        <translation>数据库报告了一个错误：%1</translation>
    </message>
    <message>
        <source>Me</source>
        <translation>我</translation>
    </message>
    <message>
        <source>The database %1 does not exist.</source>
        <translation>数据库 %1 不存在。</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <source>%1 is a folder, not a database file.</source>
        <translation>%1 是文件夹，而不是数据库文件。</translation>
    </message>
    <message>
        <source>The database %1 cannot be read: permission denied.</source>
        <translation>无法读取数据库 %1：权限不足。</translation>
    </message>
    <message>
        <source>The Qt SQLite driver (QSQLITE) is not installed. Install the package libqt6sql6-sqlite.</source>
        <translation>未安装 Qt SQLite 驱动（QSQLITE）。请安装软件包 libqt6sql6-sqlite。</translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation>无法打开数据库 %1：%2</translation>
    </message>
    <message>
        <source>The database %1 was written by a newer version of Fieldbook (schema %2; this version understands up to %3). Update Fieldbook to open it; the file was not changed.</source>
        <translation>数据库 %1 由更新版本的 Fieldbook 写入（架构版本 %2；此版本最高支持 %3）。请更新 Fieldbook 后再打开；该文件未做任何更改。</translation>
    </message>
    <message>
        <source>Could not back up the database to %1 before upgrading it: %2</source>
        <translation>升级前无法将数据库备份到 %1：%2</translation>
    </message>
    <message>
        <source>Migration %1 is missing from this build.</source>
        <translation>此版本中缺少迁移 %1。</translation>
    </message>
    <message>
        <source>Upgrading the database to version %1 failed; it was left at version %2. %3</source>
        <translation>将数据库升级到版本 %1 失败；数据库仍保持在版本 %2。%3</translation>
    </message>
    <message>
        <source>%1 is longer than %2 characters.</source>
        <translation>%1 超过 %2 个字符。</translation>
    </message>
    <message>
        <source>The record is no longer on this device.</source>
        <translation>该记录已不在此设备上。</translation>
    </message>
</context>
<context>
    <name>DemoDataService</name>
    <message>
        <source>Counts cannot be negative, and there must be at least one user.</source>
        <translation>数量不能为负数，且至少需要一个用户。</translation>
    </message>
    <message>
        <source>Contacts need accounts to work at: ask for at least one account.</source>
        <translation>联系人需要有所属的客户：请至少生成一个客户。</translation>
    </message>
    <message>
        <source>Activities need contacts: ask for at least one contact.</source>
        <translation>活动需要关联联系人：请至少生成一个联系人。</translation>
    </message>
    <message>
        <source>Generating demo data was cancelled; nothing was written.</source>
        <translation>已取消生成演示数据；未写入任何内容。</translation>
    </message>
    <message>
        <source>List prices %1</source>
        <translation>标准价格 %1</translation>
    </message>
    <message>
        <source>Opportunities need accounts: ask for at least one account.</source>
        <translation>商机需要关联客户：请至少生成一个客户。</translation>
    </message>
    <message>
        <source>Quotes are made from opportunities: ask for at least as many opportunities as quotes.</source>
        <translation>报价单基于商机创建：请生成不少于报价单数量的商机。</translation>
    </message>
    <message>
        <source>Events and tasks are about contacts: ask for at least one contact.</source>
        <translation>日程和任务都与联系人相关：请至少生成一个联系人。</translation>
    </message>
</context>
<context>
    <name>DevCertCommand</name>
    <message>
        <source>dev-cert takes no arguments</source>
        <translation>dev-cert 不接受参数</translation>
    </message>
    <message>
        <source>CA certificate:     %1</source>
        <translation>CA 证书：    %1</translation>
    </message>
    <message>
        <source>server certificate: %1</source>
        <translation>服务器证书：%1</translation>
    </message>
    <message>
        <source>server key:         %1</source>
        <translation>服务器私钥：%1</translation>
    </message>
    <message>
        <source>Serve with --tls-cert %1 --tls-key %2. Clients trust the server through the CA only: pass --ca-cert %3 to fieldbook-cli sync, or configure it as the desktop client&apos;s CA file. It is for development only: do not add it to the system&apos;s trusted certificates.</source>
        <translation>启动服务时使用 --tls-cert %1 --tls-key %2。客户端仅通过该 CA 信任服务器：向 fieldbook-cli sync 传入 --ca-cert %3，或在桌面客户端中将其设为 CA 文件。它仅供开发使用：请勿将其加入系统的受信任证书。</translation>
    </message>
    <message>
        <source>make a development CA and a certificate for localhost</source>
        <translation>生成开发用 CA 及 localhost 证书</translation>
    </message>
</context>
<context>
    <name>DevCertificate</name>
    <message>
        <source>Could not create the development certificate: %1</source>
        <translation>无法创建开发用证书：%1</translation>
    </message>
</context>
<context>
    <name>DeviceRevokeCommand</name>
    <message>
        <source>The device&apos;s client id.</source>
        <translation>设备的客户端 ID。</translation>
    </message>
    <message>
        <source>device revoke needs exactly one device id</source>
        <translation>device revoke 需要且只需要一个设备 ID</translation>
    </message>
    <message>
        <source>Revoked the device %1: it must not sign in or sync again.</source>
        <translation>已吊销设备 %1：它不能再登录或同步。</translation>
    </message>
    <message>
        <source>refuse a lost or retired device (its client id)</source>
        <translation>拒绝丢失或停用的设备（按其客户端 ID）</translation>
    </message>
</context>
<context>
    <name>DisplayZone</name>
    <message>
        <source>“%1” is not a time zone this system knows.</source>
        <translation>本系统不认识时区“%1”。</translation>
    </message>
</context>
<context>
    <name>EventInvitation</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>invitation</source>
        <translation>邀请</translation>
    </message>
    <message>
        <source>There is no mail program (xdg-email) here, so the invitation was saved as %1: send it to %2.</source>
        <translation>此处没有邮件程序（xdg-email），邀请已保存为 %1：请发送给 %2。</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <source>Invitation: %1</source>
        <translation>邀请：%1</translation>
    </message>
    <message>
        <source>The mail program did not start. The invitation is saved as %1.</source>
        <translation>邮件程序未能启动。邀请已保存为 %1。</translation>
    </message>
    <message>
        <source>Your mail program has the invitation, addressed to %1.</source>
        <translation>邀请已交给邮件程序，收件人为 %1。</translation>
    </message>
</context>
<context>
    <name>EventRepository</name>
    <message>
        <source>The event no longer exists.</source>
        <translation>该日程已不存在。</translation>
    </message>
    <message>
        <source>The event needs a valid start.</source>
        <translation>日程需要一个有效的开始时间。</translation>
    </message>
    <message>
        <source>An all-day event starts and ends on a date, without a time.</source>
        <translation>全天日程以日期开始和结束，不含具体时间。</translation>
    </message>
    <message>
        <source>The event ends before it starts.</source>
        <translation>日程的结束时间早于开始时间。</translation>
    </message>
    <message>
        <source>An event can last at most a year.</source>
        <translation>一个日程最长只能持续一年。</translation>
    </message>
    <message>
        <source>The repetition cannot be kept: %1</source>
        <translation>无法保存该重复规则：%1</translation>
    </message>
    <message>
        <source>A changed occurrence must name the occurrence it replaces.</source>
        <translation>修改过的单次日程必须指明它所替换的那一次。</translation>
    </message>
    <message>
        <source>The %1 this event is linked to no longer exists.</source>
        <translation>此日程关联的%1已不存在。</translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <source>3.0 or 4.0 (default) for --format vcf.</source>
        <translation>用于 --format vcf 时为 3.0 或 4.0（默认）。</translation>
    </message>
    <message>
        <source>Write to FILE instead of stdout.</source>
        <translation>写入 FILE，而不是 stdout。</translation>
    </message>
    <message>
        <source>export needs one record type: contacts or accounts</source>
        <translation>export 需要一种记录类型：contacts 或 accounts</translation>
    </message>
    <message>
        <source>unknown record type &apos;%1&apos;; available: accounts, contacts</source>
        <translation>未知的记录类型“%1”；可用类型：accounts、contacts</translation>
    </message>
    <message>
        <source>--format expects csv, json or vcf, not &apos;%1&apos;</source>
        <translation>--format 应为 csv、json 或 vcf，而不是“%1”</translation>
    </message>
    <message>
        <source>--vcard-version expects 3.0 or 4.0, not &apos;%1&apos;</source>
        <translation>--vcard-version 应为 3.0 或 4.0，而不是“%1”</translation>
    </message>
    <message>
        <source>vCard export is for contacts; export accounts as csv or json</source>
        <translation>vCard 导出仅适用于联系人；客户请导出为 csv 或 json</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>contacts, accounts or calendar.</source>
        <translation>contacts、accounts 或 calendar。</translation>
    </message>
    <message>
        <source>csv (default; re-imports as it is), json, vcf (contacts), or ics (calendar).</source>
        <translation>csv（默认；可原样重新导入）、json、vcf（联系人）或 ics（日历）。</translation>
    </message>
    <message>
        <source>write contacts or accounts as CSV, JSON or vCard, or the calendar as iCalendar</source>
        <translation>将联系人或客户导出为 CSV、JSON 或 vCard，或将日历导出为 iCalendar</translation>
    </message>
</context>
<context>
    <name>Fieldbook::AccountContactsList</name>
    <message>
        <source>Show in Contacts</source>
        <translation>在联系人中显示</translation>
    </message>
    <message>
        <source>List this account&apos;s contacts in the Contacts section</source>
        <translation>在“联系人”版块中列出该客户的联系人</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>No contacts at this account yet.</source>
        <translation>该客户还没有联系人。</translation>
    </message>
    <message>
        <source>Double-click a contact to open it.</source>
        <translation>双击联系人即可打开。</translation>
    </message>
</context>
<context>
    <name>Fieldbook::AccountEditor</name>
    <message>
        <source>example.com</source>
        <translation>example.com</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Comma separated, e.g. key account, partner</source>
        <translation>以逗号分隔，例如：重点客户, 合作伙伴</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Industry:</source>
        <translation>行业(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Website:</source>
        <translation>网站(&amp;W)：</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>电话：</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>地址：</translation>
    </message>
    <message>
        <source>Annual &amp;revenue:</source>
        <translation>年收入(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Employees:</source>
        <translation>员工人数(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Parent account:</source>
        <translation>上级客户(&amp;P)：</translation>
    </message>
    <message>
        <source>Ta&amp;gs:</source>
        <translation>标签(&amp;G)：</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>负责人(&amp;O)：</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>备注(&amp;O)：</translation>
    </message>
    <message>
        <source>“%1” is not a currency code; use three letters such as USD, EUR or CNY.</source>
        <translation>“%1”不是货币代码；请使用三个字母，例如 USD、EUR 或 CNY。</translation>
    </message>
    <message numerus="yes">
        <source>The annual revenue “%1” is not an amount in %2 (at most %n decimal(s)).</source>
        <translation>
            <numerusform>年收入“%1”不是以 %2 计的金额（最多 %n 位小数）。</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no account named “%1”. Pick the parent account from the suggestions or clear the field.</source>
        <translation>没有名为“%1”的客户。请从建议中选择上级客户，或清空该字段。</translation>
    </message>
    <message>
        <source>The language this customer&apos;s quotes are printed in.</source>
        <translation>此客户的报价单所使用的打印语言。</translation>
    </message>
    <message>
        <source>Not set: the app&apos;s language</source>
        <translation>未设置：使用应用的语言</translation>
    </message>
    <message>
        <source>&amp;Quote language:</source>
        <translation>报价单语言(&amp;Q)：</translation>
    </message>
</context>
<context>
    <name>Fieldbook::AccountListModel</name>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>行业</translation>
    </message>
    <message>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>更新时间</translation>
    </message>
</context>
<context>
    <name>Fieldbook::AccountPicker</name>
    <message>
        <source>Type to find an account</source>
        <translation>输入以查找客户</translation>
    </message>
</context>
<context>
    <name>Fieldbook::AccountsSection</name>
    <message>
        <source>&amp;Details</source>
        <translation>详情(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;People</source>
        <translation>联系人(&amp;P)</translation>
    </message>
    <message>
        <source>Acti&amp;vities</source>
        <translation>活动(&amp;V)</translation>
    </message>
    <message>
        <source>Attach&amp;ments</source>
        <translation>附件(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;People (%1)</source>
        <translation>联系人(&amp;P) (%1)</translation>
    </message>
    <message>
        <source>New account</source>
        <translation>新客户</translation>
    </message>
    <message>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <source>Opened the existing account; the new entry was not saved.</source>
        <translation>已打开现有客户；新录入的内容未保存。</translation>
    </message>
    <message>
        <source>Merged into “%1”.</source>
        <translation>已合并到“%1”。</translation>
    </message>
    <message>
        <source> · </source>
        <translation> · </translation>
    </message>
    <message>
        <source>Account deleted.</source>
        <translation>客户已删除。</translation>
    </message>
    <message>
        <source>%1 accounts deleted.</source>
        <translation>已删除 %1 个客户。</translation>
    </message>
    <message>
        <source>Accounts: %1</source>
        <translation>客户：%1</translation>
    </message>
    <message>
        <source>No accounts match the filter.</source>
        <translation>没有符合筛选条件的客户。</translation>
    </message>
    <message>
        <source>No accounts yet — press Ctrl+N to add one.</source>
        <translation>还没有客户 — 按 Ctrl+N 添加一个。</translation>
    </message>
    <message>
        <source>Add to call &amp;list…</source>
        <translation>加入外呼名单(&amp;L)…</translation>
    </message>
</context>
<context>
    <name>Fieldbook::ActivityDelegate</name>
    <message>
        <source> · </source>
        <translation> · </translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
</context>
<context>
    <name>Fieldbook::AddressEditor</name>
    <message>
        <source>Street</source>
        <translation>街道</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>邮政编码</translation>
    </message>
    <message>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>省/地区</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国家/地区</translation>
    </message>
</context>
<context>
    <name>Fieldbook::AdjustForecastDialog</name>
    <message>
        <source>Adjust the forecast of %1&apos;s team</source>
        <translation>调整 %1 团队的预测</translation>
    </message>
    <message>
        <source>Adjust the forecast of %1</source>
        <translation>调整 %1 的预测</translation>
    </message>
    <message>
        <source>Why: e.g. the Kessler renewal slips to next quarter</source>
        <translation>原因：例如 Kessler 的续约推迟到下个季度</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>期间：</translation>
    </message>
    <message>
        <source>%1, %2 to %3</source>
        <translation>%1，%2 至 %3</translation>
    </message>
    <message>
        <source>From the deals:</source>
        <translation>来自商机：</translation>
    </message>
    <message>
        <source>Commit %1, Best case %2 (%3)</source>
        <translation>承诺 %1，最佳情况 %2（%3）</translation>
    </message>
    <message>
        <source>&amp;Commit (%1):</source>
        <translation>承诺(&amp;C)（%1）：</translation>
    </message>
    <message>
        <source>&amp;Best case (%1):</source>
        <translation>最佳情况(&amp;B)（%1）：</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>By</source>
        <translation>调整人</translation>
    </message>
    <message>
        <source>Commit</source>
        <translation>承诺</translation>
    </message>
    <message>
        <source>Best case</source>
        <translation>最佳情况</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>C&amp;lear adjustment</source>
        <translation>清除调整(&amp;L)</translation>
    </message>
    <message>
        <source>History of this forecast&apos;s adjustments, newest first:</source>
        <translation>此预测的调整历史，最新的在前：</translation>
    </message>
    <message>
        <source>cleared</source>
        <translation>已清除</translation>
    </message>
    <message>
        <source>in a currency without a rate</source>
        <translation>货币无汇率</translation>
    </message>
    <message>
        <source>Not adjusted yet</source>
        <translation>尚未调整</translation>
    </message>
    <message>
        <source>Commit and Best case are amounts, such as %1.</source>
        <translation>承诺和最佳情况须为金额，例如 %1。</translation>
    </message>
</context>
<context>
    <name>Fieldbook::AssignLeadsDialog</name>
    <message>
        <source>Assign round-robin</source>
        <translation>轮流分配</translation>
    </message>
    <message>
        <source>Assign leads</source>
        <translation>分配线索</translation>
    </message>
    <message numerus="yes">
        <source>Give %n lead(s) in turn to the reps of a team.</source>
        <translation>
            <numerusform>将 %n 条线索轮流分配给某个团队的销售代表。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Give %n lead(s) to:</source>
        <translation>
            <numerusform>将 %n 条线索分配给：</numerusform>
        </translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>分配</translation>
    </message>
    <message>
        <source>&amp;Team:</source>
        <translation>团队(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>用户(&amp;U)：</translation>
    </message>
    <message>
        <source>No team has active reps: give users a team and the rep role first.</source>
        <translation>没有团队拥有启用的销售代表：请先为用户指定团队并授予销售代表角色。</translation>
    </message>
    <message>
        <source>In turn: %1</source>
        <translation>轮流顺序：%1</translation>
    </message>
</context>
<context>
    <name>Fieldbook::AttachmentsPane</name>
    <message>
        <source>Add…</source>
        <translation>添加…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>另存为…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>添加时间</translation>
    </message>
    <message>
        <source>Drop files here to attach them (up to %1 each).</source>
        <translation>将文件拖放到此处即可添加为附件（每个文件最大 %1）。</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>添加附件</translation>
    </message>
    <message>
        <source>Save the record first, then attach files to it.</source>
        <translation>请先保存记录，然后再为其添加附件。</translation>
    </message>
    <message>
        <source>File attached.</source>
        <translation>已添加附件。</translation>
    </message>
    <message>
        <source>%1 files attached.</source>
        <translation>已添加 %1 个附件。</translation>
    </message>
    <message>
        <source>No application is set up to open “%1”.</source>
        <translation>没有设置可打开“%1”的应用程序。</translation>
    </message>
    <message>
        <source>Save attachment</source>
        <translation>保存附件</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>已保存到 %1。</translation>
    </message>
    <message>
        <source>Attachment “%1” removed.</source>
        <translation>已移除附件“%1”。</translation>
    </message>
    <message>
        <source>Not on the server yet</source>
        <translation>尚未上传到服务器</translation>
    </message>
    <message>
        <source>No longer shared with you</source>
        <translation>已不再与您共享</translation>
    </message>
    <message>
        <source>Arrived damaged; downloading again</source>
        <translation>收到的文件已损坏，正在重新下载</translation>
    </message>
    <message>
        <source>Too large to download</source>
        <translation>文件过大，无法下载</translation>
    </message>
    <message>
        <source>Download interrupted; it goes on at the next sync</source>
        <translation>下载已中断，将在下次同步时继续</translation>
    </message>
    <message>
        <source>Downloading… %1 of %2</source>
        <translation>正在下载… %1 / %2</translation>
    </message>
    <message>
        <source>Downloading…</source>
        <translation>正在下载…</translation>
    </message>
    <message>
        <source>Not downloaded yet</source>
        <translation>尚未下载</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>下载</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>The computer it was attached on has not sent it yet; it arrives after that computer syncs.</source>
        <translation>添加此附件的电脑尚未发送它；那台电脑同步后即可收到。</translation>
    </message>
    <message>
        <source>“%1” is being downloaded.</source>
        <translation>正在下载“%1”。</translation>
    </message>
    <message>
        <source>“%1” is being downloaded; it opens when it has arrived.</source>
        <translation>正在下载“%1”，下载完成后将自动打开。</translation>
    </message>
    <message>
        <source>“%1” is being downloaded; it is saved to %2 when it has arrived.</source>
        <translation>正在下载“%1”，下载完成后将保存到 %2。</translation>
    </message>
</context>
<context>
    <name>Fieldbook::BoardColumn</name>
    <message>
        <source>Set exchange rates to %1 in File → Settings to include them.</source>
        <translation>请在“文件 → 设置”中设置到 %1 的汇率，以将其计入。</translation>
    </message>
</context>
<context>
    <name>Fieldbook::CalendarAgendaView</name>
    <message>
        <source>%1 – %2</source>
        <comment>start and end time</comment>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>From %1</source>
        <comment>an entry that ends on a later day</comment>
        <translation>%1 起</translation>
    </message>
    <message>
        <source>Until %1</source>
        <comment>an entry that started on an earlier day</comment>
        <translation>至 %1</translation>
    </message>
    <message>
        <source>Nothing scheduled</source>
        <translation>没有安排</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
</context>
<context>
    <name>Fieldbook::CalendarNavBar</name>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>Go to today (T)</source>
        <translation>转到今天 (T)</translation>
    </message>
    <message>
        <source>Previous period (Page Up, Alt+Left)</source>
        <translation>上一时段 (Page Up, Alt+Left)</translation>
    </message>
    <message>
        <source>Next period (Page Down, Alt+Right)</source>
        <translation>下一时段 (Page Down, Alt+Right)</translation>
    </message>
    <message>
        <source>D or 1</source>
        <translation>D 或 1</translation>
    </message>
    <message>
        <source>Shift+W or 2</source>
        <translation>Shift+W 或 2</translation>
    </message>
    <message>
        <source>W or 3</source>
        <translation>W 或 3</translation>
    </message>
    <message>
        <source>M or 4</source>
        <translation>M 或 4</translation>
    </message>
    <message>
        <source>A or 5</source>
        <translation>A 或 5</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>view name, its keys</comment>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>Fieldbook::CalendarSection</name>
    <message>
        <source>&amp;New event</source>
        <translation>新建日程(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>今天(&amp;T)</translation>
    </message>
    <message>
        <source>Events: %1</source>
        <translation>日程：%1</translation>
    </message>
    <message>
        <source>%1 is busy then; the event is private.</source>
        <translation>%1 此时忙碌；该日程为私人日程。</translation>
    </message>
    <message>
        <source>The event no longer exists.</source>
        <translation>该日程已不存在。</translation>
    </message>
    <message>
        <source>Event added</source>
        <translation>已添加日程</translation>
    </message>
    <message>
        <source>Event changed</source>
        <translation>已修改日程</translation>
    </message>
    <message>
        <source>“%1” added.</source>
        <translation>已添加“%1”。</translation>
    </message>
    <message>
        <source>“%1” saved.</source>
        <translation>已保存“%1”。</translation>
    </message>
    <message>
        <source>Event moved</source>
        <translation>已移动日程</translation>
    </message>
    <message>
        <source>“%1” moved.</source>
        <translation>已移动“%1”。</translation>
    </message>
    <message>
        <source>Delete event</source>
        <translation>删除日程</translation>
    </message>
    <message>
        <source>Delete “%1”?</source>
        <translation>删除“%1”？</translation>
    </message>
    <message>
        <source>Event deleted</source>
        <translation>已删除日程</translation>
    </message>
    <message>
        <source>“%1” deleted.</source>
        <translation>已删除“%1”。</translation>
    </message>
</context>
<context>
    <name>Fieldbook::CalendarSectionFilter</name>
    <message>
        <source>Show everyone&apos;s calendar you can see, yours, or one colleague&apos;s</source>
        <translation>显示您可查看的所有人的日历、您自己的日历或某位同事的日历</translation>
    </message>
    <message>
        <source>Search events, places and people (Ctrl+F)</source>
        <translation>搜索日程、地点和人员 (Ctrl+F)</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>所有人</translation>
    </message>
    <message>
        <source>My calendar</source>
        <translation>我的日历</translation>
    </message>
</context>
<context>
    <name>Fieldbook::CalendarText</name>
    <message>
        <source>%1 %2</source>
        <comment>weekday, day of the month: Mon 7</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Busy</source>
        <comment>a colleague&apos;s time shown without details</comment>
        <translation>忙碌</translation>
    </message>
    <message>
        <source>(No title)</source>
        <translation>（无标题）</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <comment>start and end time</comment>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Recurring</source>
        <translation>重复</translation>
    </message>
    <message>
        <source>Private</source>
        <translation>私密</translation>
    </message>
    <message>
        <source>Tentative</source>
        <translation>暂定</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>All day</source>
        <translation>全天</translation>
    </message>
    <message>
        <source>Overlaps with “%1”</source>
        <translation>与“%1”时间重叠</translation>
    </message>
    <message>
        <source>+%1</source>
        <comment>entries that do not fit beside the others</comment>
        <translation>+%1</translation>
    </message>
    <message numerus="yes">
        <source>+%n more</source>
        <comment>entries a month cell cannot show</comment>
        <translation>
            <numerusform>另有 %n 项</numerusform>
        </translation>
    </message>
    <message>
        <source>Day</source>
        <translation>日</translation>
    </message>
    <message>
        <source>Work week</source>
        <translation>工作周</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>周</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>日程</translation>
    </message>
    <message>
        <source>Busy</source>
        <translation>忙碌</translation>
    </message>
</context>
<context>
    <name>Fieldbook::CalendarTransfer</name>
    <message>
        <source>Line %1 (%2): %3</source>
        <translation>第 %1 行（%2）：%3</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n event(s) added</source>
        <translation>
            <numerusform>%1：新增 %n 个日程</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated</source>
        <translation>
            <numerusform>更新 %n 个</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) added</source>
        <translation>
            <numerusform>新增 %n 个任务</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) could not be kept; the details say which and why.</source>
        <translation>
            <numerusform>有 %n 项无法保存；详细信息中列出了是哪些以及原因。</numerusform>
        </translation>
    </message>
    <message>
        <source>Some values were read approximately; the details say which.</source>
        <translation>部分值为近似读取；详细信息中列出了是哪些。</translation>
    </message>
    <message>
        <source>Import &amp;calendar…</source>
        <translation>导入日历(&amp;C)…</translation>
    </message>
    <message>
        <source>Export ca&amp;lendar…</source>
        <translation>导出日历(&amp;L)…</translation>
    </message>
    <message>
        <source>Import events and tasks from an iCalendar (.ics) file</source>
        <translation>从 iCalendar (.ics) 文件导入日程和任务</translation>
    </message>
    <message>
        <source>Import calendar</source>
        <translation>导入日历</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics);;All files (*)</source>
        <translation>iCalendar 文件 (*.ics);;所有文件 (*)</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>正在导入 %1…</translation>
    </message>
    <message>
        <source>Nothing was imported from %1: %2</source>
        <translation>未从 %1 导入任何内容：%2</translation>
    </message>
    <message>
        <source>Export calendar</source>
        <translation>导出日历</translation>
    </message>
    <message>
        <source>calendar</source>
        <translation>日历</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation>iCalendar 文件 (*.ics)</translation>
    </message>
    <message>
        <source>The calendar could not be written to %1: %2</source>
        <translation>无法将日历写入 %1：%2</translation>
    </message>
    <message>
        <source>The calendar was written to %1.</source>
        <translation>日历已写入 %1。</translation>
    </message>
</context>
<context>
    <name>Fieldbook::CallCard</name>
    <message>
        <source>Numbers</source>
        <translation>号码</translation>
    </message>
    <message>
        <source>Script</source>
        <translation>通话脚本</translation>
    </message>
    <message>
        <source>Last interactions</source>
        <translation>最近互动</translation>
    </message>
    <message>
        <source>Open opportunities</source>
        <translation>进行中的商机</translation>
    </message>
    <message>
        <source>call %1 of %2</source>
        <translation>第 %1 次通话（共 %2 次）</translation>
    </message>
    <message>
        <source>callback agreed for %1</source>
        <translation>约定回电时间 %1</translation>
    </message>
    <message>
        <source>Dial this number (Ctrl+D)</source>
        <translation>拨打此号码（Ctrl+D）</translation>
    </message>
    <message>
        <source>Dial this number</source>
        <translation>拨打此号码</translation>
    </message>
    <message>
        <source>None yet</source>
        <translation>暂无</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Open quotes</source>
        <translation>未结报价</translation>
    </message>
    <message>
        <source>%1, %2, %3</source>
        <translation>%1，%2，%3</translation>
    </message>
    <message>
        <source>valid until %1</source>
        <translation>有效期至 %1</translation>
    </message>
</context>
<context>
    <name>Fieldbook::CallListForm</name>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>The team works it (everyone below me reads it)</source>
        <translation>团队共同拨打（我的下属都能看到）</translation>
    </message>
    <message>
        <source>e.g. Spring reactivation</source>
        <translation>例如：春季老客户唤醒</translation>
    </message>
    <message>
        <source>Lists of higher priority are called first.</source>
        <translation>优先级高的名单先拨打。</translation>
    </message>
    <message>
        <source>No answer or busy: the number comes back after this delay.</source>
        <translation>无人接听或占线：号码在此间隔后重新进入队列。</translation>
    </message>
    <message>
        <source>Hello {first_name}, this is … from … . I am calling about {company}&apos;s last order ({last_order}) …</source>
        <translation>{first_name}您好，我是……的……。我打电话是想了解{company}上次的订单（{last_order}）……</translation>
    </message>
    <message>
        <source>Placeholders: {first_name}, {last_name}, {company}, {owner}, {last_order}, {name}</source>
        <translation>占位符：{first_name}、{last_name}、{company}、{owner}、{last_order}、{name}</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Priority:</source>
        <translation>优先级(&amp;P)：</translation>
    </message>
    <message>
        <source>Call &amp;again after:</source>
        <translation>重拨间隔(&amp;A)：</translation>
    </message>
    <message>
        <source>At &amp;most (calls per number):</source>
        <translation>每个号码最多拨打(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Script:</source>
        <translation>话术(&amp;S)：</translation>
    </message>
</context>
<context>
    <name>Fieldbook::CallListSourceForm</name>
    <message>
        <source>No contact since</source>
        <translation>此日期后未联系</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>线索</translation>
    </message>
    <message>
        <source>Accounts (their main numbers)</source>
        <translation>客户（总机号码）</translation>
    </message>
    <message>
        <source>A CSV file</source>
        <translation>CSV 文件</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>不限</translation>
    </message>
    <message>
        <source>Any (a region or country)</source>
        <translation>不限（地区或国家）</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>任何人</translation>
    </message>
    <message>
        <source>Any open</source>
        <translation>所有未结</translation>
    </message>
    <message>
        <source>A file with a phone column, and optionally name and company</source>
        <translation>含电话列的文件，可另含姓名和公司列</translation>
    </message>
    <message>
        <source>&amp;Build from:</source>
        <translation>来源(&amp;B)：</translation>
    </message>
    <message>
        <source>&amp;Industry:</source>
        <translation>行业(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>地区(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Tag:</source>
        <translation>标签(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>负责人(&amp;O)：</translation>
    </message>
    <message>
        <source>Last contact:</source>
        <translation>最近联系：</translation>
    </message>
    <message>
        <source>Lead &amp;status:</source>
        <translation>线索状态(&amp;S)：</translation>
    </message>
    <message>
        <source>RFM s&amp;egment:</source>
        <translation>RFM 分群(&amp;E)：</translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation>浏览(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>文件(&amp;F)：</translation>
    </message>
    <message>
        <source>Build a call list from a CSV file</source>
        <translation>从 CSV 文件建立外呼名单</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV 文件 (*.csv *.txt);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>Fieldbook::CallListsDialog</name>
    <message>
        <source>Assign &amp;round-robin…</source>
        <translation>轮流分配(&amp;R)…</translation>
    </message>
    <message>
        <source>Re&amp;assign…</source>
        <translation>重新分配(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Close list</source>
        <translation>关闭名单(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Delete list</source>
        <translation>删除名单(&amp;D)</translation>
    </message>
    <message>
        <source>Call lists</source>
        <translation>外呼名单</translation>
    </message>
    <message>
        <source>List / rep</source>
        <translation>名单 / 销售</translation>
    </message>
    <message>
        <source>To call</source>
        <translation>待拨打</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Callbacks due</source>
        <translation>到期回拨</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>通话</translation>
    </message>
    <message>
        <source>Connect rate</source>
        <translation>接通率</translation>
    </message>
    <message>
        <source>&amp;New list…</source>
        <translation>新建名单(&amp;N)…</translation>
    </message>
    <message>
        <source>%1 (closed)</source>
        <translation>%1（已关闭）</translation>
    </message>
    <message>
        <source>Re&amp;open list</source>
        <translation>重新打开名单(&amp;O)</translation>
    </message>
    <message numerus="yes">
        <source>“%1”: %n open number(s) handed out in turn to %2.</source>
        <translation>
            <numerusform>“%1”：%n 个待拨打号码已轮流分配给%2。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n 人</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n number(s) moved from %1 to %2.</source>
        <translation>
            <numerusform>已将 %n 个号码从 %1 转给 %2。</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” closed: its numbers leave the queue.</source>
        <translation>“%1”已关闭：其号码退出队列。</translation>
    </message>
    <message>
        <source>“%1” reopened: its numbers are called again.</source>
        <translation>“%1”已重新打开：其号码将再次拨打。</translation>
    </message>
    <message>
        <source>Delete call list</source>
        <translation>删除外呼名单</translation>
    </message>
    <message>
        <source>Delete “%1” and the numbers on it? The calls already made stay in the activities.</source>
        <translation>删除“%1”及其中的号码？已拨打的通话仍保留在活动记录中。</translation>
    </message>
    <message>
        <source>“%1” deleted.</source>
        <translation>“%1”已删除。</translation>
    </message>
</context>
<context>
    <name>Fieldbook::CallQueueFilterBar</name>
    <message>
        <source>&amp;List:</source>
        <translation>名单(&amp;L)：</translation>
    </message>
    <message>
        <source>All my lists</source>
        <translation>我的全部名单</translation>
    </message>
</context>
<context>
    <name>Fieldbook::CallStatsView</name>
    <message>
        <source>Calls</source>
        <translation>通话</translation>
    </message>
    <message>
        <source>Connects</source>
        <translation>接通</translation>
    </message>
    <message>
        <source>Calls and connects per day, %1</source>
        <translation>每日通话与接通，%1</translation>
    </message>
    <message>
        <source>Calls and connects per hour of day, %1</source>
        <translation>每小时通话与接通，%1</translation>
    </message>
</context>
<context>
    <name>Fieldbook::CatalogueDialog</name>
    <message>
        <source>Products and price lists</source>
        <translation>产品和价目表</translation>
    </message>
    <message>
        <source>You can look up products and prices here; only managers and admins change the catalogue.</source>
        <translation>您可以在此查看产品和价格；只有经理和管理员可以更改产品目录。</translation>
    </message>
    <message>
        <source>&amp;Products</source>
        <translation>产品(&amp;P)</translation>
    </message>
    <message>
        <source>Price &amp;lists</source>
        <translation>价目表(&amp;L)</translation>
    </message>
</context>
<context>
    <name>Fieldbook::ChartCard</name>
    <message>
        <source>Nothing to show for this choice.</source>
        <translation>当前选择下没有可显示的内容。</translation>
    </message>
    <message>
        <source>Click to list the opportunities</source>
        <translation>点击列出相关商机</translation>
    </message>
</context>
<context>
    <name>Fieldbook::CommissionPlansDialog</name>
    <message>
        <source>For everyone &amp;below them who has no plan of their own (a team plan)</source>
        <translation>适用于其下所有没有个人方案的成员（团队方案）(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Save plan</source>
        <translation>保存方案(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Remove plan</source>
        <translation>删除方案(&amp;R)</translation>
    </message>
    <message>
        <source>Commission plans</source>
        <translation>佣金方案</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>For</source>
        <translation>适用</translation>
    </message>
    <message>
        <source>From</source>
        <translation>起始日期</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>佣金比例</translation>
    </message>
    <message>
        <source>Product families</source>
        <translation>产品系列</translation>
    </message>
    <message>
        <source>Above quota</source>
        <translation>超出配额</translation>
    </message>
    <message>
        <source>Managers and administrators set commission plans; you can see them here.</source>
        <translation>佣金方案由经理和管理员设置；你可以在此查看。</translation>
    </message>
    <message>
        <source>e.g. 5 or 5.5 (%)</source>
        <translation>例如 5 或 5.5（%）</translation>
    </message>
    <message>
        <source>e.g. Services=8; Software=6 (empty: the rate for every product)</source>
        <translation>例如 Services=8; Software=6（空白：所有产品使用同一比例）</translation>
    </message>
    <message>
        <source>e.g. 1.5 (empty: none)</source>
        <translation>例如 1.5（空白：无）</translation>
    </message>
    <message>
        <source>&amp;Person:</source>
        <translation>人员(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>起始日期(&amp;F)：</translation>
    </message>
    <message>
        <source>R&amp;ate (%):</source>
        <translation>佣金比例(&amp;A)（%）：</translation>
    </message>
    <message>
        <source>&amp;Multiplier above quota:</source>
        <translation>超出配额的加速系数(&amp;M)：</translation>
    </message>
    <message>
        <source>everyone below</source>
        <translation>其下所有成员</translation>
    </message>
    <message>
        <source>own deals</source>
        <translation>本人商机</translation>
    </message>
    <message>
        <source>No plans yet: fill in the form below and save.</source>
        <translation>尚无方案：请填写下面的表单并保存。</translation>
    </message>
    <message>
        <source>The rate is a percentage from 0 to 100 with at most two decimals, such as 5 or 5.5.</source>
        <translation>佣金比例须为 0 到 100 之间、最多两位小数的百分比，例如 5 或 5.5。</translation>
    </message>
    <message>
        <source>The multiplier above quota is from 1 to 10 with at most two decimals, such as 1.5, or empty for none.</source>
        <translation>超出配额的加速系数须为 1 到 10 之间、最多两位小数，例如 1.5；留空表示无。</translation>
    </message>
    <message>
        <source>The plan is saved.</source>
        <translation>方案已保存。</translation>
    </message>
    <message>
        <source>Choose the plan to remove.</source>
        <translation>请选择要删除的方案。</translation>
    </message>
    <message>
        <source>The plan is removed.</source>
        <translation>方案已删除。</translation>
    </message>
    <message>
        <source>Product famil&amp;ies:</source>
        <translation>产品系列(&amp;I)：</translation>
    </message>
</context>
<context>
    <name>Fieldbook::CommissionText</name>
    <message>
        <source>&apos;%1&apos; is not a family and its rate, such as Hardware=5</source>
        <translation>“%1”不是“产品系列=比例”的格式，例如 Hardware=5</translation>
    </message>
    <message>
        <source>the family &apos;%1&apos; is named twice</source>
        <translation>产品系列“%1”出现了两次</translation>
    </message>
</context>
<context>
    <name>Fieldbook::CompanyProfileEditor</name>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Street, postal code and city, country</source>
        <translation>街道、邮编和城市、国家</translation>
    </message>
    <message>
        <source>e.g. 30 days net</source>
        <translation>例如：30 天内付清</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>选择(&amp;H)…</translation>
    </message>
    <message>
        <source>Company &amp;name:</source>
        <translation>公司名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>地址(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>电话(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>电子邮件(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Website:</source>
        <translation>网站(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;Tax number:</source>
        <translation>税号(&amp;T)：</translation>
    </message>
    <message>
        <source>Payment &amp;terms:</source>
        <translation>付款条件(&amp;T)：</translation>
    </message>
    <message>
        <source>Logo:</source>
        <translation>标志：</translation>
    </message>
    <message>
        <source>Choose a logo</source>
        <translation>选择标志</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.svg)</source>
        <translation>图像 (*.png *.jpg *.jpeg *.svg)</translation>
    </message>
    <message>
        <source>%1 is larger than 2 MB.</source>
        <translation>%1 大于 2 MB。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is not an image Fieldbook can read.</source>
        <translation>%1 不是 Fieldbook 能读取的图像。</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>无标志</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Items typed on a quote (not products of the catalogue) start with this tax rate.</source>
        <translation>在报价单上手动输入的项目（非产品目录中的产品）默认使用此税率。</translation>
    </message>
    <message>
        <source>Default ta&amp;x rate:</source>
        <translation>默认税率(&amp;X)：</translation>
    </message>
    <message>
        <source>Printed on every quote. New quotes start with these payment terms; items that are not products start with the default tax rate.</source>
        <translation>打印在每份报价单上。新报价单默认使用这些付款条件；非产品项目默认使用默认税率。</translation>
    </message>
</context>
<context>
    <name>Fieldbook::ConflictComparison</name>
    <message>
        <source>Before</source>
        <translation>之前</translation>
    </message>
    <message>
        <source>Theirs (on the server)</source>
        <translation>对方的（服务器上）</translation>
    </message>
    <message>
        <source>Yours (on this computer)</source>
        <translation>您的（这台电脑上）</translation>
    </message>
</context>
<context>
    <name>Fieldbook::ConnectDialog</name>
    <message>
        <source>Use a company &amp;certificate authority</source>
        <translation>使用公司的证书颁发机构(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>C&amp;onnect</source>
        <translation>连接(&amp;O)</translation>
    </message>
    <message>
        <source>Connect to server</source>
        <translation>连接服务器</translation>
    </message>
    <message>
        <source>This store syncs with %1 as %2. Sign in again, or connect to another server.</source>
        <translation>此存储以 %2 身份与 %1 同步。请重新登录，或连接到其他服务器。</translation>
    </message>
    <message>
        <source>Sync this store with your company’s Fieldbook server. Your work stays on this computer and is sent whenever the server can be reached.</source>
        <translation>将此存储与公司的 Fieldbook 服务器同步。您的工作保存在这台电脑上，并在能连接服务器时发送。</translation>
    </message>
    <message>
        <source>https://crm.example.com</source>
        <translation>https://crm.example.com</translation>
    </message>
    <message>
        <source>Only needed when your company signs its server’s certificate itself.</source>
        <translation>仅当公司自行签发服务器证书时才需要。</translation>
    </message>
    <message>
        <source>Certificate file (.pem or .crt)</source>
        <translation>证书文件（.pem 或 .crt）</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>服务器(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>Enter the server’s address, for example https://crm.example.com.</source>
        <translation>请输入服务器地址，例如 https://crm.example.com。</translation>
    </message>
    <message>
        <source>Enter your user name.</source>
        <translation>请输入用户名。</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>请输入密码。</translation>
    </message>
    <message>
        <source>“%1” is not a server address. It looks like https://crm.example.com.</source>
        <translation>“%1”不是服务器地址。服务器地址形如 https://crm.example.com。</translation>
    </message>
    <message>
        <source>The server’s address must start with https:// so that your password and data travel encrypted.</source>
        <translation>服务器地址必须以 https:// 开头，以便您的密码和数据加密传输。</translation>
    </message>
    <message>
        <source>Choose the certificate authority’s file, or clear “Use a company certificate authority”.</source>
        <translation>请选择证书颁发机构的文件，或取消勾选“使用公司的证书颁发机构”。</translation>
    </message>
    <message>
        <source>The file “%1” does not exist.</source>
        <translation>文件“%1”不存在。</translation>
    </message>
    <message>
        <source>Connecting to the server…</source>
        <translation>正在连接服务器…</translation>
    </message>
    <message>
        <source>Certificate authority</source>
        <translation>证书颁发机构</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>证书 (*.pem *.crt *.cer);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>Fieldbook::ContactEditor</name>
    <message>
        <source>Do not call</source>
        <translation>请勿致电</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>名字</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>姓氏</translation>
    </message>
    <message>
        <source>This person asked not to be called</source>
        <translation>此人要求不要致电</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>未设置</translation>
    </message>
    <message>
        <source>Comma separated, e.g. vip, newsletter</source>
        <translation>以逗号分隔，例如：VIP, 邮件订阅</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>职位(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation>客户(&amp;A)：</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>电子邮件：</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>电话：</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>地址：</translation>
    </message>
    <message>
        <source>&amp;Birthday:</source>
        <translation>生日(&amp;B)：</translation>
    </message>
    <message>
        <source>Ta&amp;gs:</source>
        <translation>标签(&amp;G)：</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>负责人(&amp;O)：</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>备注(&amp;O)：</translation>
    </message>
</context>
<context>
    <name>Fieldbook::ContactListModel</name>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>职位</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>更新时间</translation>
    </message>
</context>
<context>
    <name>Fieldbook::ContactPointsEditor</name>
    <message>
        <source>Work</source>
        <translation>工作</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>手机</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>住宅</translation>
    </message>
    <message>
        <source>Fax</source>
        <translation>传真</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Add e-mail</source>
        <translation>添加邮箱</translation>
    </message>
    <message>
        <source>Add phone</source>
        <translation>添加电话</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <source>+1 555 0100</source>
        <translation>+86 138 0013 8000</translation>
    </message>
    <message>
        <source>Remove this e-mail address</source>
        <translation>删除此电子邮件地址</translation>
    </message>
    <message>
        <source>Remove this phone number</source>
        <translation>删除此电话号码</translation>
    </message>
</context>
<context>
    <name>Fieldbook::ContactsSection</name>
    <message>
        <source>&amp;Details</source>
        <translation>详情(&amp;D)</translation>
    </message>
    <message>
        <source>Acti&amp;vities</source>
        <translation>活动(&amp;V)</translation>
    </message>
    <message>
        <source>Attach&amp;ments</source>
        <translation>附件(&amp;M)</translation>
    </message>
    <message>
        <source>New contact</source>
        <translation>新联系人</translation>
    </message>
    <message>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <source>There is no account named “%1”. Pick one from the suggestions or clear the field.</source>
        <translation>没有名为“%1”的客户。请从建议中选择一个，或清空该字段。</translation>
    </message>
    <message>
        <source>Opened the existing contact; the new entry was not saved.</source>
        <translation>已打开现有联系人；新录入的内容未保存。</translation>
    </message>
    <message>
        <source>Merged into “%1”.</source>
        <translation>已合并到“%1”。</translation>
    </message>
    <message>
        <source> · </source>
        <translation> · </translation>
    </message>
    <message>
        <source>Contact deleted.</source>
        <translation>联系人已删除。</translation>
    </message>
    <message>
        <source>%1 contacts deleted.</source>
        <translation>已删除 %1 个联系人。</translation>
    </message>
    <message>
        <source>Contacts: %1</source>
        <translation>联系人：%1</translation>
    </message>
    <message>
        <source>No contacts match the filter.</source>
        <translation>没有符合筛选条件的联系人。</translation>
    </message>
    <message>
        <source>No contacts yet — press Ctrl+N to add one.</source>
        <translation>还没有联系人 — 按 Ctrl+N 添加一个。</translation>
    </message>
    <message>
        <source>Add to call &amp;list…</source>
        <translation>加入外呼名单(&amp;L)…</translation>
    </message>
</context>
<context>
    <name>Fieldbook::ConvertLeadDialog</name>
    <message>
        <source>Account</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Create a new account (the lead has no company)</source>
        <translation>新建客户（该线索没有公司）</translation>
    </message>
    <message>
        <source>Create a new account “%1”</source>
        <translation>新建客户“%1”</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Create a new contact “%1”</source>
        <translation>新建联系人“%1”</translation>
    </message>
    <message>
        <source>Convert lead — %1</source>
        <translation>转化线索 — %1</translation>
    </message>
    <message>
        <source>Convert “%1” into a customer.</source>
        <translation>将“%1”转化为客户。</translation>
    </message>
    <message>
        <source>Convert “%1” (%2) into a customer.</source>
        <translation>将“%1”（%2）转化为客户。</translation>
    </message>
    <message>
        <source>&amp;Convert</source>
        <translation>转化(&amp;C)</translation>
    </message>
    <message>
        <source>Create an &amp;opportunity</source>
        <translation>创建商机(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>金额(&amp;A)：</translation>
    </message>
    <message>
        <source>Expected &amp;close:</source>
        <translation>预计成交日期(&amp;C)：</translation>
    </message>
    <message>
        <source>It starts in the pipeline’s first stage.</source>
        <translation>商机将从销售流程的第一个阶段开始。</translation>
    </message>
    <message numerus="yes">
        <source>The amount “%1” is not an amount in %2 (at most %n decimal(s)).</source>
        <translation>
            <numerusform>“%1”不是有效的 %2 金额（最多 %n 位小数）。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Fieldbook::CurrencyRatesEditor</name>
    <message>
        <source>&amp;Add rate</source>
        <translation>添加汇率(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove rate</source>
        <translation>移除汇率(&amp;R)</translation>
    </message>
    <message>
        <source>Board columns and forecasts add amounts up in the reporting currency. An amount in a currency without a rate is counted but not added.</source>
        <translation>看板列和预测以报告货币汇总金额。没有汇率的货币金额会计入笔数，但不计入合计。</translation>
    </message>
    <message>
        <source>&amp;Reporting currency:</source>
        <translation>报告货币(&amp;R)：</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>货币</translation>
    </message>
    <message>
        <source>1 unit is worth, in %1</source>
        <translation>1 单位折合 %1</translation>
    </message>
    <message>
        <source>“%1” is not a currency code; use three letters such as EUR or CNY.</source>
        <translation>“%1”不是货币代码；请使用三个字母，例如 EUR 或 CNY。</translation>
    </message>
    <message>
        <source>Row %1: “%2” is not a currency code; use three letters such as USD.</source>
        <translation>第 %1 行：“%2”不是货币代码；请使用三个字母，例如 USD。</translation>
    </message>
    <message>
        <source>The rate of %1 must be a number above 0 with at most 8 decimals, such as 0.92.</source>
        <translation>%1 的汇率必须是大于 0 的数字，最多 8 位小数，例如 0.92。</translation>
    </message>
</context>
<context>
    <name>Fieldbook::CustomerSegmentsView</name>
    <message>
        <source>Segments: share of accounts and of revenue</source>
        <translation>客户细分：客户数占比与收入占比</translation>
    </message>
    <message>
        <source>Pareto: revenue of the largest customers</source>
        <translation>帕累托分析：最大客户的收入贡献</translation>
    </message>
    <message>
        <source>All segments</source>
        <translation>所有细分</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>客户数</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>收入</translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln account(s), %2</source>
        <translation>
            <numerusform>%1：%Ln 个客户，%2</numerusform>
        </translation>
    </message>
    <message>
        <source>Share</source>
        <translation>占比</translation>
    </message>
    <message>
        <source>Cumulative share of revenue</source>
        <translation>累计收入占比</translation>
    </message>
    <message>
        <source>%1 % of revenue</source>
        <translation>收入的 %1%</translation>
    </message>
    <message>
        <source>Share of accounts</source>
        <translation>客户占比</translation>
    </message>
    <message>
        <source>Share of revenue</source>
        <translation>收入占比</translation>
    </message>
    <message>
        <source>No revenue in the reporting currency yet.</source>
        <translation>尚无以报告货币计的收入。</translation>
    </message>
    <message>
        <source>%1 of %2 accounts (%3 %) make %4 % of revenue.</source>
        <translation>%2 个客户中的 %1 个（%3%）贡献了 %4% 的收入。</translation>
    </message>
    <message numerus="yes">
        <source>As of %1: %Ln account(s) with won business scored, %2 in total.</source>
        <translation>
            <numerusform>截至 %1：已为 %Ln 个有赢单业务的客户评分，合计 %2。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln account(s) without won business not scored.</source>
        <translation>
            <numerusform>%Ln 个没有赢单业务的客户未评分。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln deal(s) in %1 (%2)</source>
        <translation>
            <numerusform>%Ln 个以 %1 计的商机（%2）</numerusform>
        </translation>
    </message>
    <message>
        <source>Not added, no exchange rate: %1.</source>
        <translation>因缺少汇率未计入：%1。</translation>
    </message>
</context>
<context>
    <name>Fieldbook::CustomerValueModel</name>
    <message>
        <source>Account</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>行业</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地区</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国家/地区</translation>
    </message>
    <message>
        <source>Days since last won</source>
        <translation>距上次赢单天数</translation>
    </message>
    <message>
        <source>Won deals</source>
        <translation>赢单数</translation>
    </message>
    <message>
        <source>Won revenue</source>
        <translation>赢单收入</translation>
    </message>
    <message>
        <source>R</source>
        <translation>R</translation>
    </message>
    <message>
        <source>F</source>
        <translation>F</translation>
    </message>
    <message>
        <source>M</source>
        <translation>M</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>细分</translation>
    </message>
</context>
<context>
    <name>Fieldbook::DashboardFilterBar</name>
    <message>
        <source>The periods of the charts over time</source>
        <translation>趋势图表使用的时间周期</translation>
    </message>
    <message>
        <source>The fiscal year the charts show</source>
        <translation>图表显示的财年</translation>
    </message>
    <message>
        <source>Everyone, a manager and everyone below them, or a team</source>
        <translation>所有人、某位经理及其全部下属，或某个团队</translation>
    </message>
    <message>
        <source>The pipeline the deals are in</source>
        <translation>商机所属的销售流程</translation>
    </message>
    <message>
        <source>The currency every amount is converted to</source>
        <translation>所有金额换算成的货币</translation>
    </message>
    <message>
        <source>Months</source>
        <translation>按月</translation>
    </message>
    <message>
        <source>Quarters</source>
        <translation>按季度</translation>
    </message>
    <message>
        <source>Years</source>
        <translation>按年</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>所有人</translation>
    </message>
    <message>
        <source>All pipelines</source>
        <translation>所有销售流程</translation>
    </message>
    <message>
        <source>Computing the charts…</source>
        <translation>正在计算图表…</translation>
    </message>
    <message>
        <source>FY%1</source>
        <comment>a fiscal year</comment>
        <translation>%1 财年</translation>
    </message>
    <message>
        <source>%1 and their team</source>
        <translation>%1 及其团队</translation>
    </message>
    <message>
        <source>Team %1</source>
        <translation>团队 %1</translation>
    </message>
</context>
<context>
    <name>Fieldbook::DashboardSection</name>
    <message>
        <source>Forecast</source>
        <translation>预测</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Quotas…</source>
        <translation>配额(&amp;Q)…</translation>
    </message>
    <message>
        <source>Export chart as &amp;PNG…</source>
        <translation>将图表导出为 PNG(&amp;P)…</translation>
    </message>
    <message>
        <source>Export chart as P&amp;DF…</source>
        <translation>将图表导出为 PDF(&amp;D)…</translation>
    </message>
    <message>
        <source>Computing the charts…</source>
        <translation>正在计算图表…</translation>
    </message>
    <message>
        <source>The charts could not be computed.</source>
        <translation>无法计算图表。</translation>
    </message>
    <message numerus="yes">
        <source>FY%1 · %Ln opportunity(ies) · %2</source>
        <translation>
            <numerusform>%1 财年 · %Ln 个商机 · %2</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 · %3</source>
        <comment>chart: category · series</comment>
        <translation>%1：%2 · %3</translation>
    </message>
    <message>
        <source>There is no chart to export yet.</source>
        <translation>还没有可导出的图表。</translation>
    </message>
    <message>
        <source>Export chart as PNG</source>
        <translation>将图表导出为 PNG</translation>
    </message>
    <message>
        <source>Export chart as PDF</source>
        <translation>将图表导出为 PDF</translation>
    </message>
    <message>
        <source>Export chart data as CSV</source>
        <translation>将图表数据导出为 CSV</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>已保存 %1。</translation>
    </message>
    <message>
        <source>Team forecast</source>
        <translation>团队预测</translation>
    </message>
    <message>
        <source>Export chart data as &amp;CSV…</source>
        <translation>将图表数据导出为 CSV(&amp;C)…</translation>
    </message>
    <message>
        <source>Co&amp;mmission plans…</source>
        <translation>佣金方案(&amp;M)…</translation>
    </message>
</context>
<context>
    <name>Fieldbook::DealListPane</name>
    <message numerus="yes">
        <source>%1 — %Ln opportunity(ies), %2</source>
        <translation>
            <numerusform>%1 — %Ln 个商机，%2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Fieldbook::DemoDataDialog</name>
    <message>
        <source>&amp;Generate</source>
        <translation>生成(&amp;G)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Fill with demo data</source>
        <translation>填充演示数据</translation>
    </message>
    <message>
        <source>&amp;Accounts:</source>
        <translation>客户(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Contacts:</source>
        <translation>联系人(&amp;C)：</translation>
    </message>
    <message>
        <source>Acti&amp;vities:</source>
        <translation>活动(&amp;V)：</translation>
    </message>
    <message>
        <source>&amp;Seed:</source>
        <translation>种子(&amp;S)：</translation>
    </message>
    <message>
        <source>Contacts belong to accounts: ask for at least one account.</source>
        <translation>联系人隶属于客户：请至少生成一个客户。</translation>
    </message>
    <message>
        <source>Activities are logged with contacts: ask for at least one contact.</source>
        <translation>活动需要关联联系人：请至少生成一个联系人。</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Cancelled; no demo data was written.</source>
        <translation>已取消；未写入任何演示数据。</translation>
    </message>
    <message>
        <source>No demo data was written: %1</source>
        <translation>未写入任何演示数据：%1</translation>
    </message>
    <message>
        <source>&amp;Leads:</source>
        <translation>线索(&amp;L)：</translation>
    </message>
    <message>
        <source>Demo data written: %1 accounts, %2 contacts, %3 activities, %4 leads.</source>
        <translation>已写入演示数据：%1 个客户、%2 个联系人、%3 条活动、%4 条线索。</translation>
    </message>
    <message>
        <source>Adds realistic accounts, contacts, activities, leads and a calendar of visits, calls, meetings and tasks (Chinese and Western names, two years of history) to this database, so that you can try Fieldbook out. The same seed always gives the same records: generating again with it updates them instead of adding more.</source>
        <translation>向此数据库添加逼真的客户、联系人、活动、线索，以及包含拜访、电话、会议和任务的日历（中文和西方姓名，两年的历史），方便您试用 Fieldbook。相同的种子总是生成相同的记录：用它再次生成会更新这些记录，而不会再添加。</translation>
    </message>
    <message>
        <source>&amp;Events:</source>
        <translation>日程(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Tasks:</source>
        <translation>任务(&amp;T)：</translation>
    </message>
</context>
<context>
    <name>Fieldbook::DetailHeader</name>
    <message>
        <source>● Unsaved changes — Ctrl+S saves</source>
        <translation>● 有未保存的更改 — 按 Ctrl+S 保存</translation>
    </message>
</context>
<context>
    <name>Fieldbook::DuplicateDialog</name>
    <message>
        <source>Possible duplicate</source>
        <translation>可能重复</translation>
    </message>
    <message>
        <source>“%1” looks like a record that already exists. Open the existing one, merge the new entry into it, or create it anyway:</source>
        <translation>“%1”似乎与已有记录重复。您可以打开已有记录、将新录入的内容合并到其中，或者仍然创建：</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Open existing</source>
        <translation>打开已有记录</translation>
    </message>
    <message>
        <source>Merge into existing</source>
        <translation>合并到已有记录</translation>
    </message>
    <message>
        <source>Create anyway</source>
        <translation>仍然创建</translation>
    </message>
    <message>
        <source>same e-mail address</source>
        <translation>电子邮件地址相同</translation>
    </message>
    <message>
        <source>same phone number</source>
        <translation>电话号码相同</translation>
    </message>
    <message>
        <source>very similar name</source>
        <translation>名称非常相似</translation>
    </message>
    <message>
        <source>same website</source>
        <translation>网站相同</translation>
    </message>
</context>
<context>
    <name>Fieldbook::EventEditor</name>
    <message>
        <source>e.g. Visit at Nordlicht GmbH</source>
        <translation>例如：拜访 Nordlicht GmbH</translation>
    </message>
    <message>
        <source>Pri&amp;vate</source>
        <translation>私人(&amp;V)</translation>
    </message>
    <message>
        <source>Colleagues see only that you are busy.</source>
        <translation>同事只能看到您在忙。</translation>
    </message>
    <message>
        <source>Show as &amp;busy</source>
        <translation>显示为忙碌(&amp;B)</translation>
    </message>
    <message>
        <source>Others see this time as taken, and overlaps are warned about.</source>
        <translation>其他人会看到此时间已被占用，时间重叠时会提醒。</translation>
    </message>
    <message>
        <source>Type to find a contact</source>
        <translation>输入以查找联系人</translation>
    </message>
    <message>
        <source>Type to find a lead</source>
        <translation>输入以查找线索</translation>
    </message>
    <message>
        <source>Type to find an opportunity</source>
        <translation>输入以查找商机</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>标题(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>状态(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K)：</translation>
    </message>
    <message>
        <source>St&amp;arts:</source>
        <translation>开始(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Ends:</source>
        <translation>结束(&amp;E)：</translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation>时区(&amp;Z)：</translation>
    </message>
    <message>
        <source>L&amp;ocation:</source>
        <translation>地点(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Reminders:</source>
        <translation>提醒(&amp;R)：</translation>
    </message>
    <message>
        <source>Re&amp;peat:</source>
        <translation>重复(&amp;P)：</translation>
    </message>
    <message>
        <source>A&amp;ccount:</source>
        <translation>客户(&amp;C)：</translation>
    </message>
    <message>
        <source>Co&amp;ntact:</source>
        <translation>联系人(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Lead:</source>
        <translation>线索(&amp;L)：</translation>
    </message>
    <message>
        <source>Opport&amp;unity:</source>
        <translation>商机(&amp;U)：</translation>
    </message>
    <message>
        <source>Atten&amp;dees:</source>
        <translation>参与者(&amp;D)：</translation>
    </message>
    <message>
        <source>Descr&amp;iption:</source>
        <translation>说明(&amp;I)：</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>已确认</translation>
    </message>
    <message>
        <source>Tentative</source>
        <translation>暂定</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>The event needs a title.</source>
        <translation>日程需要标题。</translation>
    </message>
    <message>
        <source>Nothing is called “%1”. Pick it from the suggestions, or leave the field empty.</source>
        <translation>没有名为“%1”的记录。请从建议中选择，或将此栏留空。</translation>
    </message>
</context>
<context>
    <name>Fieldbook::EventEditorAttendees</name>
    <message>
        <source>Colleagues</source>
        <translation>同事</translation>
    </message>
    <message>
        <source>Contacts of %1</source>
        <translation>%1 的联系人</translation>
    </message>
    <message>
        <source>Others</source>
        <translation>其他</translation>
    </message>
</context>
<context>
    <name>Fieldbook::EventEditorDialog</name>
    <message>
        <source>New event</source>
        <translation>新建日程</translation>
    </message>
    <message>
        <source>Event — %1</source>
        <translation>日程 — %1</translation>
    </message>
    <message>
        <source>Save (Ctrl+Enter)</source>
        <translation>保存 (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>This is a colleague&apos;s event: you can see it, but only they can change it.</source>
        <translation>这是同事的日程：您可以查看，但只有对方可以修改。</translation>
    </message>
    <message>
        <source>Busy</source>
        <translation>忙碌</translation>
    </message>
    <message>
        <source>Overlaps with “%1” %2</source>
        <translation>与“%1”%2 时间重叠</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <source>Discard the changes to this event?</source>
        <translation>放弃对此日程的更改？</translation>
    </message>
    <message>
        <source>Send &amp;invitation…</source>
        <translation>发送邀请(&amp;I)…</translation>
    </message>
    <message>
        <source>Send the event to its contacts as an iCalendar invitation</source>
        <translation>以 iCalendar 邀请的形式将此活动发送给其联系人</translation>
    </message>
    <message>
        <source>Save the invitation</source>
        <translation>保存邀请</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation>iCalendar 文件 (*.ics)</translation>
    </message>
</context>
<context>
    <name>Fieldbook::EventEditorReminders</name>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>At the start</source>
        <translation>开始时</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) after the start</source>
        <translation>
            <numerusform>开始后 %n 分钟</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) before</source>
        <translation>
            <numerusform>提前 %n 天</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) before</source>
        <translation>
            <numerusform>提前 %n 小时</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) before</source>
        <translation>
            <numerusform>提前 %n 分钟</numerusform>
        </translation>
    </message>
    <message>
        <source>No reminder</source>
        <translation>不提醒</translation>
    </message>
</context>
<context>
    <name>Fieldbook::EventEditorTimes</name>
    <message>
        <source>All da&amp;y</source>
        <translation>全天(&amp;Y)</translation>
    </message>
    <message>
        <source>The event ends before it starts.</source>
        <translation>日程的结束时间早于开始时间。</translation>
    </message>
    <message>
        <source>%1 – %2 in your time zone (%3)</source>
        <translation>您所在时区（%3）为 %1 – %2</translation>
    </message>
</context>
<context>
    <name>Fieldbook::ExportDialog</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Every record of the chosen kind is exported: the search and filters of the list do not apply to exports. CSV files re-import as they are.</source>
        <translation>将导出所选类型的全部记录：列表中的搜索和筛选条件不适用于导出。CSV 文件可原样重新导入。</translation>
    </message>
    <message>
        <source>contacts</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>&amp;Records:</source>
        <translation>记录(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>格式(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Save to:</source>
        <translation>保存到(&amp;S)：</translation>
    </message>
    <message>
        <source>CSV (comma-separated values)</source>
        <translation>CSV（逗号分隔值）</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>vCard 4.0</source>
        <translation>vCard 4.0</translation>
    </message>
    <message>
        <source>vCard 3.0 (older address books)</source>
        <translation>vCard 3.0（较旧的通讯录）</translation>
    </message>
    <message>
        <source>accounts</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON 文件 (*.json)</translation>
    </message>
    <message>
        <source>vCard files (*.vcf)</source>
        <translation>vCard 文件 (*.vcf)</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>导出到</translation>
    </message>
    <message>
        <source>Choose the file to export to.</source>
        <translation>请选择要导出到的文件。</translation>
    </message>
    <message>
        <source>Replace file?</source>
        <translation>替换文件？</translation>
    </message>
    <message>
        <source>%1 already exists. Replace it with the export?</source>
        <translation>%1 已存在。要用导出内容替换它吗？</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln contact(s) to %1.</source>
        <translation>
            <numerusform>已将 %Ln 个联系人导出到 %1。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln account(s) to %1.</source>
        <translation>
            <numerusform>已将 %Ln 个客户导出到 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation>导出已取消；未写入任何文件。</translation>
    </message>
    <message>
        <source>Nothing was exported: %1</source>
        <translation>未导出任何内容：%1</translation>
    </message>
</context>
<context>
    <name>Fieldbook::FieldCheck</name>
    <message>
        <source>“%1” is not a valid e-mail address.</source>
        <translation>“%1”不是有效的电子邮件地址。</translation>
    </message>
</context>
<context>
    <name>Fieldbook::FilterBar</name>
    <message>
        <source>All owners</source>
        <translation>所有负责人</translation>
    </message>
    <message>
        <source>Search names, companies, e-mails, phones, tags, notes (Ctrl+F)</source>
        <translation>搜索姓名、公司、邮箱、电话、标签、备注 (Ctrl+F)</translation>
    </message>
    <message>
        <source>Show only records of this owner</source>
        <translation>仅显示该负责人的记录</translation>
    </message>
    <message>
        <source>Show only records with this tag</source>
        <translation>仅显示带有此标签的记录</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>所有标签</translation>
    </message>
    <message>
        <source>Show contacts of all accounts</source>
        <translation>显示所有客户的联系人</translation>
    </message>
    <message>
        <source>Account: %1</source>
        <translation>客户：%1</translation>
    </message>
</context>
<context>
    <name>Fieldbook::ForecastDealsModel</name>
    <message>
        <source>Opportunity</source>
        <translation>商机</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Amount (%1)</source>
        <translation>金额（%1）</translation>
    </message>
    <message>
        <source>Close date</source>
        <translation>成交日期</translation>
    </message>
</context>
<context>
    <name>Fieldbook::ForecastEngine</name>
    <message>
        <source>(unknown owner)</source>
        <translation>（未知负责人）</translation>
    </message>
    <message>
        <source>(no team)</source>
        <translation>（无团队）</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>总计</translation>
    </message>
    <message>
        <source>(unknown stage)</source>
        <translation>（未知阶段）</translation>
    </message>
    <message>
        <source>(no region)</source>
        <translation>（无地区）</translation>
    </message>
    <message>
        <source>(no industry)</source>
        <translation>（无行业）</translation>
    </message>
    <message>
        <source>(no reason)</source>
        <translation>（无原因）</translation>
    </message>
    <message>
        <source>(no product)</source>
        <translation>（无产品）</translation>
    </message>
</context>
<context>
    <name>Fieldbook::ForecastRollupModel</name>
    <message>
        <source>%1 (own deals)</source>
        <translation>%1（本人商机）</translation>
    </message>
    <message>
        <source>%1&apos;s team: everyone below them, and their own deals</source>
        <translation>%1 的团队：其下所有成员及其本人的商机</translation>
    </message>
    <message>
        <source>Adjusted below this row: the difference each adjustment makes, added up</source>
        <translation>下级有调整：各项调整带来的差额之和</translation>
    </message>
    <message>
        <source>Adjusted: %1</source>
        <translation>已调整：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n deal(s) in %1 without an exchange rate are not added.</source>
        <translation>
            <numerusform>%n 个商机的货币（%1）没有汇率，未计入。</numerusform>
        </translation>
    </message>
    <message>
        <source>Person or team</source>
        <translation>人员或团队</translation>
    </message>
    <message>
        <source>Quota</source>
        <translation>配额</translation>
    </message>
    <message>
        <source>Closed won</source>
        <translation>已赢单</translation>
    </message>
    <message>
        <source>Commit</source>
        <translation>承诺</translation>
    </message>
    <message>
        <source>Adjusted</source>
        <comment>commit as a manager adjusted it</comment>
        <translation>调整后</translation>
    </message>
    <message>
        <source>Best case</source>
        <translation>最佳情况</translation>
    </message>
    <message>
        <source>Adjusted</source>
        <comment>best case as a manager adjusted it</comment>
        <translation>调整后</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>管道</translation>
    </message>
    <message>
        <source>Attainment</source>
        <translation>完成率</translation>
    </message>
    <message>
        <source>Commission</source>
        <translation>佣金</translation>
    </message>
    <message>
        <source>On commit</source>
        <comment>commission expected on Commit</comment>
        <translation>承诺佣金</translation>
    </message>
    <message>
        <source>On best case</source>
        <comment>commission expected on Best case</comment>
        <translation>最佳情况佣金</translation>
    </message>
    <message>
        <source>Adjustment note</source>
        <translation>调整备注</translation>
    </message>
    <message>
        <source>Closed won and the open deals in Commit</source>
        <translation>已赢单加上承诺类别中的进行中商机</translation>
    </message>
    <message>
        <source>Commit as a manager adjusted it (empty: not adjusted)</source>
        <translation>经理调整后的承诺（空白：未调整）</translation>
    </message>
    <message>
        <source>Commit and the open deals in Best case</source>
        <translation>承诺加上最佳情况类别中的进行中商机</translation>
    </message>
    <message>
        <source>Best case as a manager adjusted it (empty: not adjusted)</source>
        <translation>经理调整后的最佳情况（空白：未调整）</translation>
    </message>
    <message>
        <source>Every open deal that is not omitted</source>
        <translation>所有未被排除的进行中商机</translation>
    </message>
    <message>
        <source>Closed won against the quota</source>
        <translation>已赢单相对配额的完成率</translation>
    </message>
    <message>
        <source>Commission earned on closed won</source>
        <translation>已赢单所得佣金</translation>
    </message>
    <message>
        <source>Commission expected on Commit (closed won included)</source>
        <translation>承诺（含已赢单）的预期佣金</translation>
    </message>
    <message>
        <source>Commission expected on Best case (Commit included)</source>
        <translation>最佳情况（含承诺）的预期佣金</translation>
    </message>
</context>
<context>
    <name>Fieldbook::ForecastRollupView</name>
    <message>
        <source>&amp;Adjust…</source>
        <translation>调整(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Submit…</source>
        <translation>提交(&amp;S)…</translation>
    </message>
    <message>
        <source>Override the selected row&apos;s Commit and Best case for this period, with a note (Ctrl+J)</source>
        <translation>用备注覆盖所选行在此期间的承诺和最佳情况（Ctrl+J）</translation>
    </message>
    <message>
        <source>Submit your forecast (your own row) or your team&apos;s for this period</source>
        <translation>提交本期间你本人（你自己的行）或你团队的预测</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>期间(&amp;P)：</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <source>Q%1 FY%2</source>
        <translation>%2 财年第 %1 季度</translation>
    </message>
    <message>
        <source>FY%1</source>
        <comment>a fiscal year</comment>
        <translation>%1 财年</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>The adjustment is saved.</source>
        <translation>调整已保存。</translation>
    </message>
    <message>
        <source>Choose your own row or your team&apos;s to submit.</source>
        <translation>请选择你本人或你团队的行来提交。</translation>
    </message>
    <message>
        <source>Your forecast for %1 is submitted.</source>
        <translation>你 %1 的预测已提交。</translation>
    </message>
    <message>
        <source>Submit forecast</source>
        <translation>提交预测</translation>
    </message>
    <message>
        <source>Submit the forecast of %1 as it stands now, with a note for your manager:</source>
        <translation>按当前情况提交 %1 的预测，并给你的经理留一条备注：</translation>
    </message>
    <message>
        <source>&amp;Submit</source>
        <translation>提交(&amp;S)</translation>
    </message>
    <message>
        <source>MMM yyyy</source>
        <comment>a month of a year, as a QLocale date format</comment>
        <translation>yyyy年M月</translation>
    </message>
</context>
<context>
    <name>Fieldbook::ImportDryRunPage</name>
    <message>
        <source>&amp;Save rejected rows…</source>
        <translation>保存被拒绝的行(&amp;S)…</translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation>重新检查(&amp;A)</translation>
    </message>
    <message>
        <source>Check the import</source>
        <translation>检查导入</translation>
    </message>
    <message>
        <source>The whole file is checked without writing anything, so you see what the import will do.</source>
        <translation>将检查整个文件，但不写入任何内容，让您预先了解导入的结果。</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <source>Rejected rows saved.</source>
        <translation>已保存被拒绝的行。</translation>
    </message>
    <message>
        <source>The check was cancelled; nothing was imported.</source>
        <translation>检查已取消；未导入任何内容。</translation>
    </message>
    <message>
        <source>Ready to import: %1 new, %2 updated, %3 rejected.</source>
        <translation>可以导入：新增 %1 条，更新 %2 条，拒绝 %3 条。</translation>
    </message>
    <message numerus="yes">
        <source>Nothing can be imported from this file: %Ln row(s) rejected.</source>
        <translation>
            <numerusform>此文件中没有可导入的内容：%Ln 行被拒绝。</numerusform>
        </translation>
    </message>
    <message>
        <source>Rejected rows are left out. Save them to a file, fix them there and import that file afterwards.</source>
        <translation>被拒绝的行将不会导入。请将它们保存到文件中，修正后再导入该文件。</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>行号</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行号</translation>
    </message>
    <message>
        <source>%1-rejected.csv</source>
        <translation>%1-被拒绝的行.csv</translation>
    </message>
    <message>
        <source>Save rejected rows</source>
        <translation>保存被拒绝的行</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
</context>
<context>
    <name>Fieldbook::ImportExportActions</name>
    <message>
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <source>Fill with &amp;demo data…</source>
        <translation>填充演示数据(&amp;D)…</translation>
    </message>
    <message>
        <source>Import accounts, contacts or users from a CSV file, or contacts from vCard</source>
        <translation>从 CSV 文件导入客户、联系人或用户，或从 vCard 导入联系人</translation>
    </message>
    <message>
        <source>Export contacts or accounts as CSV, JSON or vCard</source>
        <translation>将联系人或客户导出为 CSV、JSON 或 vCard</translation>
    </message>
    <message>
        <source>Add realistic demo accounts, contacts and activities</source>
        <translation>添加逼真的演示客户、联系人和活动</translation>
    </message>
</context>
<context>
    <name>Fieldbook::ImportFilePage</name>
    <message>
        <source>Choose a file</source>
        <translation>选择文件</translation>
    </message>
    <message>
        <source>Path of a .csv or .vcf file</source>
        <translation>.csv 或 .vcf 文件的路径</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>文件(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Records:</source>
        <translation>记录(&amp;R)：</translation>
    </message>
    <message>
        <source>Import from</source>
        <translation>导入自</translation>
    </message>
    <message>
        <source>Importable files (*.csv *.vcf *.vcard);;CSV files (*.csv);;vCard files (*.vcf *.vcard);;All files (*)</source>
        <translation>可导入的文件 (*.csv *.vcf *.vcard);;CSV 文件 (*.csv);;vCard 文件 (*.vcf *.vcard);;所有文件 (*)</translation>
    </message>
    <message>
        <source>vCard files hold contacts; a card&apos;s UID is kept, so importing the same file again updates the contacts instead of adding them twice.</source>
        <translation>vCard 文件包含联系人；名片的 UID 会被保留，因此再次导入同一文件时会更新这些联系人，而不会重复添加。</translation>
    </message>
    <message>
        <source>Rows with an external id (or, without one, the same e-mail or name) update the record that has it; the others are added. Nothing is written before the last step.</source>
        <translation>带有外部 ID 的行（若没有外部 ID，则按相同的电子邮件或名称匹配）会更新对应的记录；其余的行将作为新记录添加。在最后一步之前不会写入任何内容。</translation>
    </message>
    <message>
        <source>This file cannot be imported: %1</source>
        <translation>无法导入此文件：%1</translation>
    </message>
    <message>
        <source>Import accounts, contacts, users or leads from a CSV file (UTF-8, first row names the columns), or contacts from a vCard file (.vcf).</source>
        <translation>从 CSV 文件（UTF-8 编码，首行为列名）导入客户、联系人、用户或线索，或从 vCard 文件（.vcf）导入联系人。</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>线索</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation>商机</translation>
    </message>
    <message>
        <source>The file&apos;s name and columns suggest %1; choose other records if it holds something else.</source>
        <translation>根据文件名和列判断，该文件应为%1；如果内容不同，请选择其他记录类型。</translation>
    </message>
    <message>
        <source>Quotas</source>
        <translation>配额</translation>
    </message>
    <message>
        <source>Commission plans</source>
        <translation>佣金方案</translation>
    </message>
</context>
<context>
    <name>Fieldbook::ImportMappingPage</name>
    <message>
        <source>Map the columns</source>
        <translation>映射列</translation>
    </message>
    <message>
        <source>&amp;Preview of the first rows as they would be imported:</source>
        <translation>导入效果预览（前几行）(&amp;P)：</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>文件中的列</translation>
    </message>
    <message>
        <source>First value</source>
        <translation>第一个值</translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>（不导入）</translation>
    </message>
    <message>
        <source>(column %1)</source>
        <translation>（第 %1 列）</translation>
    </message>
    <message numerus="yes">
        <source>The file has %Ln data row(s).</source>
        <translation>
            <numerusform>该文件有 %Ln 行数据。</numerusform>
        </translation>
    </message>
    <message>
        <source>Showing the first rows; the file has more than %L1 rows.</source>
        <translation>仅显示前几行；该文件超过 %L1 行。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) cannot be read and will be rejected, for example: %1</source>
        <translation>
            <numerusform>有 %Ln 行无法读取，将被拒绝，例如：%1</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a column for at least one field.</source>
        <translation>请至少为一个字段选择列。</translation>
    </message>
    <message>
        <source>Choose the column of the file for each field. Columns with matching names are already chosen; fields set to “(not imported)” stay as they are. Fields marked * are needed for new records.</source>
        <translation>请为每个字段选择文件中对应的列。名称匹配的列已自动选择；设为“（不导入）”的字段将保持不变。标有 * 的字段是新记录必需的。</translation>
    </message>
    <message>
        <source>%1 *</source>
        <translation>%1 *</translation>
    </message>
    <message>
        <source>%1
Field name: %2</source>
        <translation>%1
字段名：%2</translation>
    </message>
</context>
<context>
    <name>Fieldbook::ImportRunPage</name>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>All rows are written in one transaction: if you cancel, nothing is imported.</source>
        <translation>所有行都在一个事务中写入：如果取消，将不会导入任何内容。</translation>
    </message>
    <message>
        <source>Another import is still running; try again when it has finished.</source>
        <translation>另一个导入仍在进行；请在其完成后重试。</translation>
    </message>
    <message>
        <source>Import complete.</source>
        <translation>导入完成。</translation>
    </message>
    <message>
        <source>%1 new, %2 updated, %3 rejected.</source>
        <translation>新增 %1 条，更新 %2 条，拒绝 %3 条。</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was imported.</source>
        <translation>导入已取消；未导入任何内容。</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>未导入任何内容：%1</translation>
    </message>
</context>
<context>
    <name>Fieldbook::ImportValuesPage</name>
    <message>
        <source>Map the values</source>
        <translation>映射值</translation>
    </message>
    <message>
        <source>These fields take values from a short list. Type the value each one should be imported as (for example “Technology” for “Tech” and “IT”); leave it unchanged to keep it.</source>
        <translation>这些字段的值来自一个简短的列表。请输入每个值导入时应使用的值（例如，将“Tech”和“IT”都导入为“Technology”）；保持不变即按原值导入。</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Value in the file</source>
        <translation>文件中的值</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>行数</translation>
    </message>
    <message>
        <source>Import as</source>
        <translation>导入为</translation>
    </message>
    <message>
        <source>&amp;Values found in the first %L1 rows:</source>
        <translation>在前 %L1 行中找到的值(&amp;V)：</translation>
    </message>
</context>
<context>
    <name>Fieldbook::ImportWizard</name>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
</context>
<context>
    <name>Fieldbook::LeadDetailPane</name>
    <message>
        <source>&amp;Details</source>
        <translation>详情(&amp;D)</translation>
    </message>
    <message>
        <source>Acti&amp;vities</source>
        <translation>活动(&amp;V)</translation>
    </message>
    <message>
        <source>New lead</source>
        <translation>新线索</translation>
    </message>
    <message>
        <source>Press Ctrl+S to save</source>
        <translation>按 Ctrl+S 保存</translation>
    </message>
</context>
<context>
    <name>Fieldbook::LeadEditor</name>
    <message>
        <source>name@company.com</source>
        <translation>name@company.com</translation>
    </message>
    <message>
        <source>Why the lead is disqualified</source>
        <translation>线索被取消资格的原因</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>名(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation>姓(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Company:</source>
        <translation>公司(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Job title:</source>
        <translation>职位(&amp;J)：</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>电子邮件(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>电话(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>来源(&amp;S)：</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>状态(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>原因(&amp;R)：</translation>
    </message>
    <message>
        <source>R&amp;ating:</source>
        <translation>评级(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>负责人(&amp;O)：</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>备注(&amp;O)：</translation>
    </message>
    <message>
        <source>(deleted account)</source>
        <translation>（已删除的客户）</translation>
    </message>
    <message>
        <source>(deleted contact)</source>
        <translation>（已删除的联系人）</translation>
    </message>
    <message>
        <source>Converted on %1 into the account %2 and the contact %3.</source>
        <translation>已于 %1 转化为客户 %2 和联系人 %3。</translation>
    </message>
    <message>
        <source>Opportunity: %1.</source>
        <translation>商机：%1。</translation>
    </message>
</context>
<context>
    <name>Fieldbook::LeadFilterBar</name>
    <message>
        <source>Search leads by name, company, e-mail or phone (Ctrl+F)</source>
        <translation>按姓名、公司、电子邮件或电话搜索线索 (Ctrl+F)</translation>
    </message>
    <message>
        <source>Open leads</source>
        <translation>进行中的线索</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>所有状态</translation>
    </message>
    <message>
        <source>Any rating</source>
        <translation>任意评级</translation>
    </message>
    <message>
        <source>Show the leads of everyone, yours, or one person&apos;s</source>
        <translation>显示所有人、您自己或某个人的线索</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>所有人</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>我的</translation>
    </message>
    <message>
        <source>Any source</source>
        <translation>任意来源</translation>
    </message>
</context>
<context>
    <name>Fieldbook::LeadListModel</name>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>评级</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
</context>
<context>
    <name>Fieldbook::LeadMatchChoice</name>
    <message>
        <source>Use the existing one:</source>
        <translation>使用已有记录：</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>No existing one matches.</source>
        <translation>没有匹配的已有记录。</translation>
    </message>
</context>
<context>
    <name>Fieldbook::LeadQuickAdd</name>
    <message>
        <source>&amp;Add lead</source>
        <translation>添加线索(&amp;A)</translation>
    </message>
    <message>
        <source>Name, e.g. Jane Roe or 王芳</source>
        <translation>姓名，例如 Jane Roe 或 王芳</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <source>E-mail or phone</source>
        <translation>电子邮件或电话</translation>
    </message>
    <message>
        <source>Add the lead (Return in any field)</source>
        <translation>添加线索（在任意字段中按回车键）</translation>
    </message>
    <message>
        <source>&amp;Quick add:</source>
        <translation>快速添加(&amp;Q)：</translation>
    </message>
    <message>
        <source>Type the lead’s name first, e.g. “Jane Roe” or “王芳”.</source>
        <translation>请先输入线索的姓名，例如“Jane Roe”或“王芳”。</translation>
    </message>
    <message>
        <source>The lead was not added: %1</source>
        <translation>未添加线索：%1</translation>
    </message>
</context>
<context>
    <name>Fieldbook::LeadsSection</name>
    <message>
        <source>“%1” added.</source>
        <translation>已添加“%1”。</translation>
    </message>
    <message>
        <source>&amp;Qualify</source>
        <translation>确认合格(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Disqualify…</source>
        <translation>取消资格(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Convert…</source>
        <translation>转化(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Assign…</source>
        <translation>分配(&amp;A)…</translation>
    </message>
    <message>
        <source>Assign &amp;round-robin…</source>
        <translation>轮流分配(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Quick add</source>
        <translation>快速添加(&amp;Q)</translation>
    </message>
    <message numerus="yes">
        <source>%n lead(s)</source>
        <translation>
            <numerusform>%n 条线索</numerusform>
        </translation>
    </message>
    <message>
        <source>No leads match the filter.</source>
        <translation>没有符合筛选条件的线索。</translation>
    </message>
    <message>
        <source>The lead no longer exists.</source>
        <translation>该线索已不存在。</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <source>This lead has unsaved changes. Save them before leaving?</source>
        <translation>此线索有未保存的更改。离开前要保存吗？</translation>
    </message>
    <message numerus="yes">
        <source>%n lead(s) deleted.</source>
        <translation>
            <numerusform>已删除 %n 条线索。</numerusform>
        </translation>
    </message>
    <message>
        <source>Open account</source>
        <translation>打开客户</translation>
    </message>
    <message>
        <source>No open leads. Type a name in Quick add above (%1), press Ctrl+N for the full form, or import a CSV file of leads (File → Import).</source>
        <translation>没有进行中的线索。在上方的快速添加中输入姓名（%1），按 Ctrl+N 打开完整表单，或导入线索 CSV 文件（文件 → 导入）。</translation>
    </message>
    <message>
        <source>Add to call &amp;list…</source>
        <translation>加入外呼名单(&amp;L)…</translation>
    </message>
</context>
<context>
    <name>Fieldbook::ListPresentationProxy</name>
    <message>
        <source>Do not call</source>
        <translation>请勿致电</translation>
    </message>
</context>
<context>
    <name>Fieldbook::LongTask</name>
    <message>
        <source>The work was cancelled.</source>
        <translation>该操作已取消。</translation>
    </message>
</context>
<context>
    <name>Fieldbook::MainWindow</name>
    <message>
        <source>Fieldbook — %1</source>
        <translation>Fieldbook — %1</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>&amp;Undo: %1</source>
        <translation>撤销(&amp;U)：%1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>记录(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>转到(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Contacts</source>
        <translation>联系人(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Accounts</source>
        <translation>客户(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Quick open…</source>
        <translation>快速打开(&amp;Q)…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Fieldbook</source>
        <translation>关于 Fieldbook(&amp;A)</translation>
    </message>
    <message>
        <source>About Fieldbook</source>
        <translation>关于 Fieldbook</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Fieldbook %1&lt;/h3&gt;&lt;p&gt;An offline-first CRM for field sales teams.&lt;/p&gt;&lt;p&gt;Database: %2&lt;/p&gt;&lt;p&gt;Licensed under the GNU GPL version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Fieldbook %1&lt;/h3&gt;&lt;p&gt;面向外勤销售团队的离线优先 CRM。&lt;/p&gt;&lt;p&gt;数据库：%2&lt;/p&gt;&lt;p&gt;依据 GNU GPL 第 3 版或更高版本授权。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Sync</source>
        <translation>同步(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Connect to server…</source>
        <translation>连接服务器(&amp;C)…</translation>
    </message>
    <message>
        <source>Sync &amp;now</source>
        <translation>立即同步(&amp;N)</translation>
    </message>
    <message>
        <source>Sync &amp;log…</source>
        <translation>同步日志(&amp;L)…</translation>
    </message>
    <message>
        <source>Sync &amp;issues…</source>
        <translation>同步问题(&amp;I)…</translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation>商机</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>线索</translation>
    </message>
    <message>
        <source>&amp;Opportunities</source>
        <translation>商机(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Leads</source>
        <translation>线索(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Products and price lists…</source>
        <translation>产品和价目表(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts…</source>
        <translation>键盘快捷键(&amp;K)…</translation>
    </message>
    <message>
        <source>Fieldbook — %1 (demo data)</source>
        <translation>Fieldbook — %1（演示数据）</translation>
    </message>
    <message>
        <source>&amp;Redo: %1</source>
        <translation>重做(&amp;R)：%1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Q&amp;uotes…</source>
        <translation>报价单(&amp;U)…</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>日历</translation>
    </message>
    <message>
        <source>Calen&amp;dar</source>
        <translation>日历(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Reminders…</source>
        <translation>提醒(&amp;R)…</translation>
    </message>
    <message>
        <source>Reminders (%1)</source>
        <translation>提醒（%1）</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>仪表板</translation>
    </message>
    <message>
        <source>Das&amp;hboard</source>
        <translation>仪表板(&amp;H)</translation>
    </message>
    <message>
        <source>Telesales</source>
        <translation>电话营销</translation>
    </message>
    <message>
        <source>&amp;Telesales</source>
        <translation>电话营销(&amp;T)</translation>
    </message>
    <message>
        <source>Unknown caller</source>
        <translation>未知来电</translation>
    </message>
    <message>
        <source>No contact or lead has the number %1. Make a lead of it?</source>
        <translation>没有联系人或线索使用号码 %1。要为它新建线索吗？</translation>
    </message>
    <message>
        <source>Caller %1</source>
        <translation>来电 %1</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
</context>
<context>
    <name>Fieldbook::MeetingLog</name>
    <message>
        <source>The event no longer exists.</source>
        <translation>该日程已不存在。</translation>
    </message>
    <message>
        <source>This event is logged as an activity already.</source>
        <translation>该日程已记录为活动。</translation>
    </message>
</context>
<context>
    <name>Fieldbook::MergeDialog</name>
    <message>
        <source>Merge records</source>
        <translation>合并记录</translation>
    </message>
    <message>
        <source>Choose the record to keep. The other one is merged into it: empty fields are filled, e-mails, phones and tags are combined, notes are appended, and every activity and attachment moves over.</source>
        <translation>请选择要保留的记录。另一条记录将合并到其中：空字段会被填充，电子邮件、电话和标签会合并，备注会追加，所有活动和附件都会转移过来。</translation>
    </message>
    <message>
        <source>Keep “%1”</source>
        <translation>保留“%1”</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>合并</translation>
    </message>
</context>
<context>
    <name>Fieldbook::MessageBanner</name>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>Fieldbook::MoneyField</name>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message numerus="yes">
        <source>Not an amount: use digits and at most %n decimal(s).</source>
        <translation>
            <numerusform>不是金额：请使用数字，最多 %n 位小数。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Fieldbook::NewCallListDialog</name>
    <message numerus="yes">
        <source>Add the %n selected lead(s) to:</source>
        <translation>
            <numerusform>将选中的 %n 条线索加入：</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add the main numbers of the %n selected account(s) to:</source>
        <translation>
            <numerusform>将选中的 %n 个客户的总机号码加入：</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add the %n selected contact(s) to:</source>
        <translation>
            <numerusform>将选中的 %n 位联系人加入：</numerusform>
        </translation>
    </message>
    <message>
        <source>Add to a call list</source>
        <translation>加入外呼名单</translation>
    </message>
    <message>
        <source>New call list</source>
        <translation>新建外呼名单</translation>
    </message>
    <message>
        <source>A new list</source>
        <translation>新名单</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>加入(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Build list</source>
        <translation>建立名单(&amp;B)</translation>
    </message>
    <message>
        <source>The call list no longer exists.</source>
        <translation>该外呼名单已不存在。</translation>
    </message>
    <message numerus="yes">
        <source>“%1”: %n number(s) added</source>
        <translation>
            <numerusform>“%1”：已加入 %n 个号码</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n do not call</source>
        <translation>
            <numerusform>%n 个勿扰</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already on the list</source>
        <translation>
            <numerusform>%n 个已在名单中</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n without a number</source>
        <translation>
            <numerusform>%n 个没有号码</numerusform>
        </translation>
    </message>
    <message>
        <source>; left out: %1</source>
        <translation>；未加入：%1</translation>
    </message>
    <message numerus="yes">
        <source>; %n new lead(s) for numbers nobody had</source>
        <translation>
            <numerusform>；为无人使用的号码新建了 %n 条线索</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>. %n row(s) of the file could not be read; the first: %1</source>
        <translation>
            <numerusform>。文件中有 %n 行无法读取；第一行：%1</numerusform>
        </translation>
    </message>
    <message>
        <source>Who is called</source>
        <translation>拨打对象</translation>
    </message>
    <message>
        <source>How the list is worked</source>
        <translation>名单拨打方式</translation>
    </message>
</context>
<context>
    <name>Fieldbook::OccurrenceScopeDialog</name>
    <message>
        <source>&amp;This occurrence</source>
        <translation>仅此次(&amp;T)</translation>
    </message>
    <message>
        <source>This and &amp;following occurrences</source>
        <translation>此次及以后(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;All occurrences</source>
        <translation>所有重复(&amp;A)</translation>
    </message>
    <message>
        <source>Change a repeating event</source>
        <translation>修改重复日程</translation>
    </message>
    <message>
        <source>“%1” repeats. Which occurrences should change?</source>
        <translation>“%1”是重复日程。要修改哪些？</translation>
    </message>
    <message>
        <source>&amp;Change</source>
        <translation>修改(&amp;C)</translation>
    </message>
    <message>
        <source>Move a repeating event</source>
        <translation>移动重复日程</translation>
    </message>
    <message>
        <source>“%1” repeats. Which occurrences should move?</source>
        <translation>“%1”是重复日程。要移动哪些？</translation>
    </message>
    <message>
        <source>&amp;Move</source>
        <translation>移动(&amp;M)</translation>
    </message>
    <message>
        <source>Delete a repeating event</source>
        <translation>删除重复日程</translation>
    </message>
    <message>
        <source>“%1” repeats. Which occurrences should be deleted?</source>
        <translation>“%1”是重复日程。要删除哪些？</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <source>The repetition changed, which a single occurrence cannot have.</source>
        <translation>重复规则已更改，单次日程无法单独更改重复规则。</translation>
    </message>
</context>
<context>
    <name>Fieldbook::OpportunitiesSection</name>
    <message>
        <source>&amp;New</source>
        <translation>新建(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <source>Move to ne&amp;xt stage</source>
        <translation>移至下一阶段(&amp;X)</translation>
    </message>
    <message>
        <source>Move to pre&amp;vious stage</source>
        <translation>移至上一阶段(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Board</source>
        <translation>看板(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;List</source>
        <translation>列表(&amp;L)</translation>
    </message>
    <message>
        <source>No opportunities match the filter.</source>
        <translation>没有符合筛选条件的商机。</translation>
    </message>
    <message>
        <source>No opportunities yet — press Ctrl+N to add one.</source>
        <translation>还没有商机 — 按 Ctrl+N 添加。</translation>
    </message>
    <message>
        <source>“%1” added.</source>
        <translation>已添加“%1”。</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <source>Opportunity deleted</source>
        <translation>商机已删除</translation>
    </message>
    <message>
        <source>“%1” deleted.</source>
        <translation>已删除“%1”。</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message numerus="yes">
        <source>these %n opportunities</source>
        <translation>
            <numerusform>这 %n 个商机</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” could not be moved to %2: %3</source>
        <translation>无法将“%1”移至 %2：%3</translation>
    </message>
    <message>
        <source>Moved “%1” to %2.</source>
        <translation>已将“%1”移至 %2。</translation>
    </message>
    <message numerus="yes">
        <source>Moved %n opportunities to %1.</source>
        <translation>
            <numerusform>已将 %n 个商机移至 %1。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Fieldbook::OpportunityDialog</name>
    <message>
        <source>New opportunity</source>
        <translation>新商机</translation>
    </message>
    <message>
        <source>Opportunity — %1</source>
        <translation>商机 — %1</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>详情(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Quotes (%1)</source>
        <translation>报价单(&amp;Q) (%1)</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <source>Discard the changes to this opportunity?</source>
        <translation>放弃对此商机的更改吗？</translation>
    </message>
    <message>
        <source>P&amp;roducts (%1)</source>
        <translation>产品(&amp;R) (%1)</translation>
    </message>
    <message>
        <source>&amp;Activities</source>
        <translation>活动(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>历史(&amp;H)</translation>
    </message>
    <message>
        <source>Calls, meetings, visits, notes, events and tasks of this opportunity</source>
        <translation>此商机的通话、会议、拜访、备注、日程和任务</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>The close date in the form is only proposed; saving keeps it.</source>
        <translation>表单中的成交日期仅为建议值；保存后将采用该日期。</translation>
    </message>
    <message>
        <source>This opportunity needs attention:</source>
        <translation>此商机需要关注：</translation>
    </message>
</context>
<context>
    <name>Fieldbook::OpportunityEditor</name>
    <message>
        <source> %</source>
        <translation>%</translation>
    </message>
    <message>
        <source>e.g. Send the revised proposal by Friday</source>
        <translation>例如：周五前发送修订后的方案</translation>
    </message>
    <message>
        <source>Comma separated</source>
        <translation>以逗号分隔</translation>
    </message>
    <message>
        <source>Why it was won or lost</source>
        <translation>赢单或丢单的原因</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation>客户(&amp;A)：</translation>
    </message>
    <message>
        <source>Primary &amp;contact:</source>
        <translation>主要联系人(&amp;C)：</translation>
    </message>
    <message>
        <source>A&amp;mount:</source>
        <translation>金额(&amp;M)：</translation>
    </message>
    <message>
        <source>C&amp;lose date:</source>
        <translation>预计成交日期(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Stage:</source>
        <translation>阶段(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Forecast category:</source>
        <translation>预测类别(&amp;F)：</translation>
    </message>
    <message>
        <source>Ne&amp;xt step:</source>
        <translation>下一步(&amp;X)：</translation>
    </message>
    <message>
        <source>Com&amp;petitors:</source>
        <translation>竞争对手(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Win/loss reason:</source>
        <translation>赢单/丢单原因(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>负责人(&amp;O)：</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>备注(&amp;O)：</translation>
    </message>
    <message>
        <source>There is no account named “%1”. Pick the account from the suggestions.</source>
        <translation>没有名为“%1”的客户。请从建议列表中选择客户。</translation>
    </message>
    <message>
        <source>“%1” is not a currency code; use three letters such as USD, EUR or CNY.</source>
        <translation>“%1”不是货币代码；请使用三个字母，例如 USD、EUR 或 CNY。</translation>
    </message>
    <message numerus="yes">
        <source>The amount “%1” is not an amount in %2 (at most %n decimal(s)).</source>
        <translation>
            <numerusform>“%1”不是有效的 %2 金额（最多 %n 位小数）。</numerusform>
        </translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>P&amp;ipeline:</source>
        <translation>销售流程(&amp;I)：</translation>
    </message>
    <message>
        <source>The amount is the total of the product lines; change them on the Products tab.</source>
        <translation>金额为产品行的合计；请在“产品”标签页中修改产品行。</translation>
    </message>
    <message>
        <source>The product lines are priced in this currency.</source>
        <translation>产品行以此货币计价。</translation>
    </message>
</context>
<context>
    <name>Fieldbook::OpportunityFilterBar</name>
    <message>
        <source>Closing from</source>
        <translation>预计成交日期从</translation>
    </message>
    <message>
        <source>Search opportunities and accounts (Ctrl+F)</source>
        <translation>搜索商机和客户 (Ctrl+F)</translation>
    </message>
    <message>
        <source>Show the opportunities of everyone, yours, or one person&apos;s</source>
        <translation>显示所有人、您自己或某个人的商机</translation>
    </message>
    <message>
        <source>All stages</source>
        <translation>所有阶段</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>所有人</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>我的</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>需要关注</translation>
    </message>
    <message>
        <source>Only the opportunities that lack an account, an expected close date, an amount or the reason they were lost (imported ones may)</source>
        <translation>仅显示缺少客户、预计成交日期、金额或丢单原因的商机（导入的商机可能缺少这些信息）</translation>
    </message>
</context>
<context>
    <name>Fieldbook::OpportunityHistoryPane</name>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>What</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>变更</translation>
    </message>
    <message>
        <source>No changes of the stage, amount or close date yet.</source>
        <translation>阶段、金额和成交日期尚无变更。</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Close date</source>
        <translation>成交日期</translation>
    </message>
    <message>
        <source>Set to %1</source>
        <translation>设为 %1</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
</context>
<context>
    <name>Fieldbook::OpportunityLinesModel</name>
    <message>
        <source>Product or item</source>
        <translation>产品或条目</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>单价</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>净额</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a quantity; use a number such as 2 or 2.5.</source>
        <translation>“%1”不是有效数量；请使用数字，例如 2 或 2.5。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a price in %2.</source>
        <translation>“%1”不是有效的 %2 价格。</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>折扣</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither an amount nor a percentage such as 10 %.</source>
        <translation>“%1”既不是金额，也不是百分比（例如 10%）。</translation>
    </message>
</context>
<context>
    <name>Fieldbook::OpportunityLinesPane</name>
    <message>
        <source>No product lines. Add the products the customer is expected to buy, and the amount becomes their total; without lines, the amount is typed on the Details tab.</source>
        <translation>没有产品行。添加客户预计购买的产品后，金额即为这些产品的合计；没有产品行时，请在“详情”标签页中输入金额。</translation>
    </message>
    <message>
        <source>Add &amp;product…</source>
        <translation>添加产品(&amp;P)…</translation>
    </message>
    <message>
        <source>Add &amp;item</source>
        <translation>添加条目(&amp;I)</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>上移</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>下移</translation>
    </message>
    <message>
        <source>Remove line</source>
        <translation>移除行</translation>
    </message>
    <message>
        <source>Total: &lt;b&gt;%1 %2&lt;/b&gt;</source>
        <translation>总计：&lt;b&gt;%1 %2&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a quantity.</source>
        <translation>“%1”不是有效数量。</translation>
    </message>
    <message>
        <source>No price list in %1 has a price for %2; enter the unit price.</source>
        <translation>所有 %1 价目表中都没有 %2 的价格；请输入单价。</translation>
    </message>
    <message>
        <source>New item</source>
        <translation>新条目</translation>
    </message>
    <message>
        <source>Amount from product lines</source>
        <translation>由产品明细计算金额</translation>
    </message>
    <message>
        <source>The amount %1 %2 was typed. With product lines, the amount becomes their total. Add the line?</source>
        <translation>金额 %1 %2 是手工输入的。添加产品明细后，金额将改为明细合计。确定添加吗？</translation>
    </message>
</context>
<context>
    <name>Fieldbook::OpportunityListModel</name>
    <message>
        <source>Opportunity</source>
        <translation>商机</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Close date</source>
        <translation>预计成交日期</translation>
    </message>
    <message>
        <source>Probability</source>
        <translation>赢单概率</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
</context>
<context>
    <name>Fieldbook::OpportunityQuotesPane</name>
    <message>
        <source>&amp;New quote</source>
        <translation>新建报价单(&amp;N)</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>报价单</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>总计</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>有效期至</translation>
    </message>
    <message>
        <source>Save the opportunity to make quotes for it.</source>
        <translation>请先保存商机，再为其创建报价单。</translation>
    </message>
    <message>
        <source>No quotes yet. A quote is made from this opportunity with its customer and currency.</source>
        <translation>还没有报价单。报价单基于此商机创建，并沿用其客户和货币。</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>Fieldbook::OwnerCombo</name>
    <message>
        <source>Unknown user</source>
        <translation>未知用户</translation>
    </message>
</context>
<context>
    <name>Fieldbook::PipelineChooser</name>
    <message>
        <source>&amp;Pipeline:</source>
        <translation>销售流程(&amp;P)：</translation>
    </message>
    <message>
        <source>The pipeline the board and the list show</source>
        <translation>看板和列表中显示的销售流程</translation>
    </message>
</context>
<context>
    <name>Fieldbook::PipelineSettings</name>
    <message>
        <source>&amp;New pipeline</source>
        <translation>新建销售流程(&amp;N)</translation>
    </message>
    <message>
        <source>Rena&amp;me</source>
        <translation>重命名(&amp;M)</translation>
    </message>
    <message>
        <source>Add &amp;stage</source>
        <translation>添加阶段(&amp;S)</translation>
    </message>
    <message>
        <source>Remo&amp;ve stage</source>
        <translation>移除阶段(&amp;V)</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>上移(&amp;U)</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>下移(&amp;W)</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Probability</source>
        <translation>赢单概率</translation>
    </message>
    <message>
        <source>Forecast category</source>
        <translation>预测类别</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Pipelines apply to everyone in the organisation. Opportunities keep their stage when it is renamed; a stage that opportunities are in cannot be removed.</source>
        <translation>销售流程适用于组织内的所有人。阶段重命名后，商机仍保留在该阶段；仍有商机的阶段无法移除。</translation>
    </message>
    <message>
        <source>Only managers and admins change the pipelines; they apply to everyone in the organisation.</source>
        <translation>只有经理和管理员可以更改销售流程；销售流程适用于组织内的所有人。</translation>
    </message>
    <message>
        <source>Pipe&amp;lines:</source>
        <translation>销售流程(&amp;L)：</translation>
    </message>
    <message>
        <source>S&amp;tages of “%1”:</source>
        <translation>“%1”的阶段(&amp;T)：</translation>
    </message>
    <message>
        <source>Inactive: not offered for opportunities</source>
        <translation>已停用：不可用于商机</translation>
    </message>
    <message>
        <source>There are two pipelines called “%1”.</source>
        <translation>有两个销售流程都叫“%1”。</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>停用(&amp;D)</translation>
    </message>
    <message>
        <source>Re&amp;activate</source>
        <translation>重新启用(&amp;A)</translation>
    </message>
    <message>
        <source>The standard pipeline is always available</source>
        <translation>标准销售流程始终可用</translation>
    </message>
    <message>
        <source>An inactive pipeline is not offered for new opportunities</source>
        <translation>已停用的销售流程不可用于新商机</translation>
    </message>
    <message>
        <source>New pipeline</source>
        <translation>新销售流程</translation>
    </message>
    <message>
        <source>New stage</source>
        <translation>新阶段</translation>
    </message>
</context>
<context>
    <name>Fieldbook::PipelineStageDelegate</name>
    <message>
        <source>%1 %</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source> %</source>
        <translation>%</translation>
    </message>
</context>
<context>
    <name>Fieldbook::PriceEditor</name>
    <message>
        <source>New price</source>
        <translation>新价格</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>价格</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1 (%2, inactive)</source>
        <translation>%1（%2，已停用）</translation>
    </message>
    <message>
        <source>Price &amp;list:</source>
        <translation>价目表(&amp;L)：</translation>
    </message>
    <message>
        <source>Price list:</source>
        <translation>价目表：</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 · %2 (inactive)</source>
        <translation>%1 · %2（已停用）</translation>
    </message>
    <message>
        <source>&amp;Product:</source>
        <translation>产品(&amp;P)：</translation>
    </message>
    <message>
        <source>Product:</source>
        <translation>产品：</translation>
    </message>
    <message>
        <source>The price applies from this quantity up; 0 means any quantity. For quantity breaks, add one price per minimum quantity.</source>
        <translation>该价格自此数量起适用；0 表示任意数量。如需设置数量阶梯价，请为每个起始数量分别添加一个价格。</translation>
    </message>
    <message>
        <source>From &amp;quantity:</source>
        <translation>起始数量(&amp;Q)：</translation>
    </message>
    <message>
        <source>0 or empty: any quantity</source>
        <translation>0 或留空：任意数量</translation>
    </message>
    <message>
        <source>&amp;Unit price:</source>
        <translation>单价(&amp;U)：</translation>
    </message>
    <message>
        <source>Choose a price list; make one in the Price lists tab first if there is none.</source>
        <translation>请选择价目表；如果还没有价目表，请先在“价目表”标签页中新建。</translation>
    </message>
    <message>
        <source>Choose a product.</source>
        <translation>请选择产品。</translation>
    </message>
    <message>
        <source>No product in the catalogue is called “%1”; choose one from the list.</source>
        <translation>产品目录中没有名为“%1”的产品；请从列表中选择。</translation>
    </message>
    <message>
        <source>The quantity “%1” is not a number such as 1 or 2.5.</source>
        <translation>数量“%1”不是有效数字，例如 1 或 2.5。</translation>
    </message>
    <message>
        <source>Enter the unit price in %1.</source>
        <translation>请输入以 %1 计的单价。</translation>
    </message>
    <message>
        <source>“%1” is not a price in %2.</source>
        <translation>“%1”不是有效的 %2 价格。</translation>
    </message>
    <message>
        <source>The list already has a price for this product from quantity %1 (%2 %3); change that price or choose another quantity.</source>
        <translation>该价目表中已有此产品起始数量为 %1 的价格（%2 %3）；请修改该价格或选择其他数量。</translation>
    </message>
</context>
<context>
    <name>Fieldbook::PriceEntryModel</name>
    <message>
        <source>%1 (inactive)</source>
        <translation>%1（已停用）</translation>
    </message>
    <message>
        <source>Price list</source>
        <translation>价目表</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>货币</translation>
    </message>
    <message>
        <source>From quantity</source>
        <translation>起始数量</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>单价</translation>
    </message>
    <message>
        <source>Unit price (%1)</source>
        <translation>单价（%1）</translation>
    </message>
</context>
<context>
    <name>Fieldbook::PriceListEditor</name>
    <message>
        <source>A&amp;ctive: offered for new quotes</source>
        <translation>启用(&amp;C)：可用于新报价单</translation>
    </message>
    <message>
        <source>New price list</source>
        <translation>新价目表</translation>
    </message>
    <message>
        <source>Price list %1</source>
        <translation>价目表 %1</translation>
    </message>
    <message>
        <source>Europe, Distributors 2026…</source>
        <translation>华东区、经销商 2026…</translation>
    </message>
    <message>
        <source>The list&apos;s prices are amounts in this currency; for another currency, make a new price list.</source>
        <translation>该价目表中的价格均以此货币计；如需使用其他货币，请新建价目表。</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation>货币(&amp;U)：</translation>
    </message>
</context>
<context>
    <name>Fieldbook::PriceListsTab</name>
    <message>
        <source>Search SKU or product…</source>
        <translation>搜索 SKU 或产品…</translation>
    </message>
    <message>
        <source>&amp;New price list…</source>
        <translation>新建价目表(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Edit list…</source>
        <translation>编辑价目表(&amp;E)…</translation>
    </message>
    <message>
        <source>Add pri&amp;ce…</source>
        <translation>添加价格(&amp;C)…</translation>
    </message>
    <message>
        <source>Edi&amp;t price…</source>
        <translation>编辑价格(&amp;T)…</translation>
    </message>
    <message>
        <source>Re&amp;move price…</source>
        <translation>移除价格(&amp;M)…</translation>
    </message>
    <message>
        <source>Price list</source>
        <translation>价目表</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>货币</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>已启用</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>Prices in %1 (%2)</source>
        <translation>%1 中的价格（%2）</translation>
    </message>
    <message>
        <source>Prices</source>
        <translation>价格</translation>
    </message>
    <message>
        <source>No price lists yet — add one with New price list (%1).</source>
        <translation>还没有价目表 — 使用“新建价目表” (%1) 添加。</translation>
    </message>
    <message>
        <source>No price lists yet.</source>
        <translation>还没有价目表。</translation>
    </message>
    <message>
        <source>Each list holds prices in one currency.</source>
        <translation>每个价目表只包含一种货币的价格。</translation>
    </message>
    <message>
        <source>Choose a price list to see its prices.</source>
        <translation>选择价目表以查看其价格。</translation>
    </message>
    <message>
        <source>No prices in this list yet — add one with Add price (%1).</source>
        <translation>此价目表中还没有价格 — 使用“添加价格” (%1) 添加。</translation>
    </message>
    <message>
        <source>No prices in this list yet.</source>
        <translation>此价目表中还没有价格。</translation>
    </message>
    <message>
        <source>No price matches “%1”.</source>
        <translation>没有与“%1”匹配的价格。</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n price(s)</source>
        <translation>
            <numerusform>%1 / %n 个价格</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n price(s)</source>
        <translation>
            <numerusform>%n 个价格</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove price</source>
        <translation>移除价格</translation>
    </message>
    <message>
        <source>Remove the price of %1 for “%2” from quantity %3?</source>
        <translation>要移除“%2”起始数量为 %3 的价格 %1 吗？</translation>
    </message>
</context>
<context>
    <name>Fieldbook::ProductEditor</name>
    <message>
        <source>A&amp;ctive: offered for new quote lines</source>
        <translation>启用(&amp;C)：可用于新的报价单行</translation>
    </message>
    <message>
        <source>New product</source>
        <translation>新产品</translation>
    </message>
    <message>
        <source>Product %1</source>
        <translation>产品 %1</translation>
    </message>
    <message>
        <source>The article number, unique in the catalogue</source>
        <translation>货号，在产品目录中唯一</translation>
    </message>
    <message>
        <source>pcs, h, licence…</source>
        <translation>件、小时、许可…</translation>
    </message>
    <message>
        <source>standard, reduced…</source>
        <translation>标准、低税率…</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>&amp;SKU:</source>
        <translation>SKU(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Family:</source>
        <translation>产品系列(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>单位(&amp;U)：</translation>
    </message>
    <message>
        <source>Tax cate&amp;gory:</source>
        <translation>税类(&amp;G)：</translation>
    </message>
    <message>
        <source>Tax &amp;rate:</source>
        <translation>税率(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>描述(&amp;D)：</translation>
    </message>
    <message>
        <source>The tax rate “%1” is not a percentage; use a number such as 19 or 7.5.</source>
        <translation>税率“%1”不是有效百分比；请使用数字，例如 19 或 7.5。</translation>
    </message>
</context>
<context>
    <name>Fieldbook::ProductTableModel</name>
    <message>
        <source>%1 %</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>已启用</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>产品系列</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>税率</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>Fieldbook::ProductsTab</name>
    <message>
        <source>Search SKU, name, family…</source>
        <translation>搜索 SKU、名称、产品系列…</translation>
    </message>
    <message>
        <source>Show &amp;inactive</source>
        <translation>显示已停用(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;New product…</source>
        <translation>新建产品(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>De&amp;activate</source>
        <translation>停用(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>删除(&amp;D)…</translation>
    </message>
    <message>
        <source>Add pri&amp;ce…</source>
        <translation>添加价格(&amp;C)…</translation>
    </message>
    <message>
        <source>Edi&amp;t price…</source>
        <translation>编辑价格(&amp;T)…</translation>
    </message>
    <message>
        <source>Re&amp;move price…</source>
        <translation>移除价格(&amp;M)…</translation>
    </message>
    <message>
        <source>Choose a product to see its details and prices.</source>
        <translation>选择产品以查看其详情和价格。</translation>
    </message>
    <message>
        <source>SKU:</source>
        <translation>SKU：</translation>
    </message>
    <message>
        <source>Family:</source>
        <translation>产品系列：</translation>
    </message>
    <message>
        <source>Unit:</source>
        <translation>单位：</translation>
    </message>
    <message>
        <source>Tax:</source>
        <translation>税率：</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>状态：</translation>
    </message>
    <message>
        <source>Prices</source>
        <translation>价格</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>已启用</translation>
    </message>
    <message>
        <source>Inactive: not offered for new quote lines</source>
        <translation>已停用：新报价单行中不再提供</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>No price lists yet — make one in the Price lists tab, then add this product&apos;s prices here.</source>
        <translation>还没有价目表 — 请先在“价目表”标签页中新建，然后在此添加该产品的价格。</translation>
    </message>
    <message>
        <source>No price lists yet.</source>
        <translation>还没有价目表。</translation>
    </message>
    <message>
        <source>No prices for this product yet — add one with Add price (%1).</source>
        <translation>该产品还没有价格 — 使用“添加价格” (%1) 添加。</translation>
    </message>
    <message>
        <source>No prices for this product yet.</source>
        <translation>该产品还没有价格。</translation>
    </message>
    <message>
        <source>Several prices in one list are quantity breaks: each applies from its quantity up.</source>
        <translation>同一价目表中的多个价格即数量阶梯价：每个价格自其起始数量起适用。</translation>
    </message>
    <message>
        <source>Re&amp;activate</source>
        <translation>重新启用(&amp;A)</translation>
    </message>
    <message>
        <source>No active products. Tick Show inactive to see the others.</source>
        <translation>没有已启用的产品。勾选“显示已停用”可查看其他产品。</translation>
    </message>
    <message>
        <source>No products yet — add one with New product (%1) or import a CSV file with File › Import in the main window.</source>
        <translation>还没有产品 — 使用“新建产品” (%1) 添加，或在主窗口中通过“文件 › 导入”导入 CSV 文件。</translation>
    </message>
    <message>
        <source>No products yet. Managers and admins add them; they arrive here with the next sync.</source>
        <translation>还没有产品。产品由经理和管理员添加，下次同步后会显示在这里。</translation>
    </message>
    <message>
        <source>No product matches “%1”.</source>
        <translation>没有与“%1”匹配的产品。</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n product(s)</source>
        <translation>
            <numerusform>%1 / %n 个产品</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n product(s)</source>
        <translation>
            <numerusform>%n 个产品</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” is active again.</source>
        <translation>“%1”已重新启用。</translation>
    </message>
    <message>
        <source>“%1” is inactive: quotes keep it, new quote lines no longer offer it.</source>
        <translation>“%1”已停用：现有报价单仍保留该产品，新报价单行不再提供。</translation>
    </message>
    <message>
        <source>Reactivate</source>
        <translation>重新启用</translation>
    </message>
    <message>
        <source>Delete product</source>
        <translation>删除产品</translation>
    </message>
    <message>
        <source>Delete “%1” (%2) from the catalogue? Quotes that list it keep their lines. To stop offering it but keep it, deactivate it instead.</source>
        <translation>要从产品目录中删除“%1”（%2）吗？包含该产品的报价单会保留相应的行。如果只想停止提供但保留该产品，请改为停用。</translation>
    </message>
    <message>
        <source>Deleted “%1” from the catalogue.</source>
        <translation>已从产品目录中删除“%1”。</translation>
    </message>
    <message>
        <source>Remove price</source>
        <translation>移除价格</translation>
    </message>
    <message>
        <source>Remove the price of %1 from quantity %2 in “%3”?</source>
        <translation>要移除“%3”中起始数量为 %2 的价格 %1 吗？</translation>
    </message>
</context>
<context>
    <name>Fieldbook::ProgressPanel</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
</context>
<context>
    <name>Fieldbook::QuickLogForm</name>
    <message>
        <source>Outcome:</source>
        <translation>结果：</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Save (Ctrl+Enter)</source>
        <translation>保存 (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>主题：</translation>
    </message>
    <message>
        <source>When:</source>
        <translation>时间：</translation>
    </message>
    <message>
        <source>Duration:</source>
        <translation>时长：</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <source>Log a call</source>
        <translation>记录通话</translation>
    </message>
    <message>
        <source>Log a meeting</source>
        <translation>记录会议</translation>
    </message>
    <message>
        <source>Add a note</source>
        <translation>添加备注</translation>
    </message>
    <message>
        <source>How did it go?</source>
        <translation>结果如何？</translation>
    </message>
</context>
<context>
    <name>Fieldbook::QuickOpenDialog</name>
    <message>
        <source>Quick open</source>
        <translation>快速打开</translation>
    </message>
    <message>
        <source>↑↓ to choose, Enter to open, Esc to close</source>
        <translation>↑↓ 选择，Enter 打开，Esc 关闭</translation>
    </message>
    <message>
        <source>Nothing found for “%1”.</source>
        <translation>未找到与“%1”相关的内容。</translation>
    </message>
    <message>
        <source>Name of a contact, account, lead or opportunity, or a quote number…</source>
        <translation>联系人、客户、线索或商机的名称，或报价单编号…</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1: %2 — %3</source>
        <translation>%1：%2 — %3</translation>
    </message>
</context>
<context>
    <name>Fieldbook::QuotaGridDialog</name>
    <message>
        <source>Quotas</source>
        <translation>配额</translation>
    </message>
    <message>
        <source>Type an amount to set a quota; Delete removes it. Grey amounts have no quota of their own: they add up the shorter periods. Enter moves down, Tab right; a block copied from a spreadsheet pastes with Ctrl+V. Amounts in %1.</source>
        <translation>输入金额即可设置配额，按 Delete 键可将其删除。灰色金额表示该期间没有单独设置配额，显示的是较短期间的合计。按 Enter 键下移，按 Tab 键右移；从电子表格复制的单元格区域可用 Ctrl+V 粘贴。金额单位：%1。</translation>
    </message>
    <message>
        <source>Only managers and administrators can set quotas: you see them read-only. Amounts in %1.</source>
        <translation>只有经理和管理员可以设置配额：您只能以只读方式查看。金额单位：%1。</translation>
    </message>
    <message>
        <source>&amp;Fiscal year:</source>
        <translation>财年(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Months</source>
        <translation>按月(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Quarters</source>
        <translation>按季度(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>导入 CSV(&amp;I)…</translation>
    </message>
    <message>
        <source>Columns user, period (2027-04, FY2027-Q1 or FY2027), amount and optionally currency; a row for a user and period that has a quota updates it.</source>
        <translation>列：user、period（2027-04、FY2027-Q1 或 FY2027）、amount，以及可选的 currency；如果某行的用户和期间已有配额，则更新该配额。</translation>
    </message>
    <message>
        <source>Fiscal &amp;year starts in:</source>
        <translation>财年起始月份(&amp;Y)：</translation>
    </message>
    <message>
        <source>(for this device&apos;s reports)</source>
        <translation>（用于本设备上的报告）</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>a month and its year, as in &quot;Apr 2026&quot;</extracomment>
        <translation>%2年%1</translation>
    </message>
    <message>
        <source>Quota of %1 for %2 changed</source>
        <translation>%1 的 %2 配额已更改</translation>
    </message>
    <message numerus="yes">
        <source>%n quotas changed</source>
        <translation>
            <numerusform>%n 个配额已更改</numerusform>
        </translation>
    </message>
    <message>
        <source>Undo: %1</source>
        <translation>撤销：%1</translation>
    </message>
    <message>
        <source>Import quotas</source>
        <translation>导入配额</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV 文件 (*.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Importing quotas from %1…</source>
        <translation>正在从 %1 导入配额…</translation>
    </message>
    <message>
        <source>Nothing was imported from %1: %2</source>
        <translation>未从 %1 导入任何内容：%2</translation>
    </message>
    <message>
        <source>%1: %2 new, %3 updated, %4 rejected.</source>
        <translation>%1：新增 %2 条，更新 %3 条，拒绝 %4 条。</translation>
    </message>
    <message>
        <source>Show rejected rows</source>
        <translation>显示被拒绝的行</translation>
    </message>
    <message>
        <source>Rejected rows</source>
        <translation>被拒绝的行</translation>
    </message>
    <message>
        <source>These rows were not imported; fix them in the file and import it again.</source>
        <translation>这些行未被导入；请在文件中修正后重新导入。</translation>
    </message>
</context>
<context>
    <name>Fieldbook::QuotaGridModel</name>
    <message>
        <source>Only the cells of a period hold a quota.</source>
        <translation>只有期间单元格中才能填写配额。</translation>
    </message>
    <message>
        <source>Your own quotas are set by your manager.</source>
        <translation>您自己的配额由您的经理设置。</translation>
    </message>
    <message>
        <source>Only managers and administrators can set quotas.</source>
        <translation>只有经理和管理员可以设置配额。</translation>
    </message>
    <message>
        <source>“%1” is not an amount in %2.</source>
        <translation>“%1”不是有效的 %2 金额。</translation>
    </message>
    <message>
        <source>A quota cannot be negative.</source>
        <translation>配额不能为负数。</translation>
    </message>
    <message>
        <source>Reports to %1.</source>
        <translation>向 %1 汇报。</translation>
    </message>
    <message>
        <source>The quotas of everyone below %1 for %2: %3 %4.</source>
        <translation>%1 的所有下属在 %2 的配额：%3 %4。</translation>
    </message>
    <message>
        <source>Quota: %1 %2.</source>
        <translation>配额：%1 %2。</translation>
    </message>
    <message>
        <source>Entered as %1 %2.</source>
        <translation>录入值：%1 %2。</translation>
    </message>
    <message>
        <source>Its quarters add up to %1 %2.</source>
        <translation>各季度合计为 %1 %2。</translation>
    </message>
    <message>
        <source>Its months add up to %1 %2.</source>
        <translation>各月合计为 %1 %2。</translation>
    </message>
    <message>
        <source>No quota of its own: its quarters add up to %1 %2.</source>
        <translation>未单独设置配额：各季度合计为 %1 %2。</translation>
    </message>
    <message>
        <source>No quota of its own: its months add up to %1 %2.</source>
        <translation>未单独设置配额：各月合计为 %1 %2。</translation>
    </message>
    <message>
        <source>Entered in %1, which has no exchange rate to %2 (Settings › Currency): it counts as no quota until it has one.</source>
        <translation>以 %1 录入，但该货币没有到 %2 的汇率（“设置 › 货币”）：在设置汇率之前视为没有配额。</translation>
    </message>
    <message>
        <source>No quota.</source>
        <translation>无配额。</translation>
    </message>
    <message>
        <source>Closed won: %1 %2, %3 of the quota.</source>
        <translation>已赢单：%1 %2，达成配额的 %3。</translation>
    </message>
    <message>
        <source>Closed won: %1 %2.</source>
        <translation>已赢单：%1 %2。</translation>
    </message>
    <message>
        <source>Everyone below %1: %2 %3.</source>
        <translation>%1 的所有下属：%2 %3。</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>全年</translation>
    </message>
    <message>
        <source>Q%1</source>
        <translation>第 %1 季度</translation>
    </message>
    <message>
        <source>The quotas of everyone below each manager for the year.</source>
        <translation>每位经理所有下属的全年配额。</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>(in %1)</source>
        <translation>（单位：%1）</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>团队</translation>
    </message>
</context>
<context>
    <name>Fieldbook::QuoteEditor</name>
    <message>
        <source>&amp;Send</source>
        <translation>发送(&amp;S)</translation>
    </message>
    <message>
        <source>Mark &amp;accepted</source>
        <translation>标记为已接受(&amp;A)</translation>
    </message>
    <message>
        <source>Mark &amp;rejected</source>
        <translation>标记为已拒绝(&amp;R)</translation>
    </message>
    <message>
        <source>New &amp;revision</source>
        <translation>新修订版(&amp;R)</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>报价单</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>标题(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Valid until:</source>
        <translation>有效期至(&amp;V)：</translation>
    </message>
    <message>
        <source>&amp;Payment terms:</source>
        <translation>付款条件(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
    <message>
        <source>Add &amp;product…</source>
        <translation>添加产品(&amp;P)…</translation>
    </message>
    <message>
        <source>Add &amp;item</source>
        <translation>添加条目(&amp;I)</translation>
    </message>
    <message>
        <source>Add s&amp;ection</source>
        <translation>添加小节(&amp;E)</translation>
    </message>
    <message>
        <source>Add n&amp;ote</source>
        <translation>添加备注(&amp;O)</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>上移</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>下移</translation>
    </message>
    <message>
        <source>Remove line</source>
        <translation>移除行</translation>
    </message>
    <message>
        <source>Print pre&amp;view…</source>
        <translation>打印预览(&amp;V)…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>另存为 PDF(&amp;D)…</translation>
    </message>
    <message>
        <source>Quote %1 · %2</source>
        <translation>报价单 %1 · %2</translation>
    </message>
    <message>
        <source>for %1</source>
        <translation>针对 %1</translation>
    </message>
    <message>
        <source>Quote %1</source>
        <translation>报价单 %1</translation>
    </message>
    <message>
        <source>A newer revision replaces this quote; it is kept as it was sent.</source>
        <translation>此报价单已被更新的修订版取代；它将保持发送时的原样。</translation>
    </message>
    <message>
        <source>This quote was sent and is locked. To change it, make a new revision.</source>
        <translation>此报价单已发送并锁定。如需更改，请创建新修订版。</translation>
    </message>
    <message>
        <source>Subtotal</source>
        <translation>小计</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>折扣</translation>
    </message>
    <message>
        <source>Net total</source>
        <translation>净额合计</translation>
    </message>
    <message>
        <source>Tax %1 % on %2</source>
        <translation>税 %1%（计税基数 %2）</translation>
    </message>
    <message>
        <source>Total %1</source>
        <translation>总计 %1</translation>
    </message>
    <message>
        <source>New item</source>
        <translation>新条目</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a quantity.</source>
        <translation>“%1”不是有效数量。</translation>
    </message>
    <message>
        <source>The price list has no price for %1; enter the unit price.</source>
        <translation>价目表中没有 %1 的价格；请输入单价。</translation>
    </message>
    <message>
        <source>New section</source>
        <translation>新小节</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Mark accepted</source>
        <translation>标记为已接受</translation>
    </message>
    <message>
        <source>Mark the quote accepted? Its opportunity becomes won with the quote&apos;s net total of %1.</source>
        <translation>将报价单标记为已接受吗？其商机将以报价单的净额合计 %1 赢单。</translation>
    </message>
    <message>
        <source>Accepted. The opportunity is won with %1.</source>
        <translation>已接受。该商机以 %1 赢单。</translation>
    </message>
    <message>
        <source>Revision %1 is a draft copy; the sent quote stays as it was.</source>
        <translation>修订版 %1 是草稿副本；已发送的报价单保持不变。</translation>
    </message>
    <message>
        <source>Print preview: quote %1</source>
        <translation>打印预览：报价单 %1</translation>
    </message>
    <message>
        <source>Save quote as PDF</source>
        <translation>将报价单另存为 PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message numerus="yes">
        <source>Saved %1 (%n page(s)).</source>
        <translation>
            <numerusform>已保存 %1（共 %n 页）。</numerusform>
        </translation>
    </message>
    <message>
        <source>The customer accepted this quote; it is final and kept as it was accepted.</source>
        <translation>客户已接受此报价单；它已最终确定，并按接受时的内容保留。</translation>
    </message>
    <message>
        <source>This quote was sent and is locked; a newer revision of it exists.</source>
        <translation>此报价单已发送并锁定；它已有更新的修订版。</translation>
    </message>
    <message>
        <source>Save the quote for the customer</source>
        <translation>保存报价单以发送给客户</translation>
    </message>
</context>
<context>
    <name>Fieldbook::QuoteLinesModel</name>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>单价</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>折扣</translation>
    </message>
    <message>
        <source>Tax %</source>
        <translation>税率 %</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>净额</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a quantity; use a number such as 2 or 2.5.</source>
        <translation>“%1”不是有效数量；请使用数字，例如 2 或 2.5。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a price in %2.</source>
        <translation>“%1”不是有效的 %2 价格。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither an amount nor a percentage such as 10 %.</source>
        <translation>“%1”既不是金额，也不是百分比（例如 10%）。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a tax rate; use a number such as 19 or 7.5.</source>
        <translation>“%1”不是有效税率；请使用数字，例如 19 或 7.5。</translation>
    </message>
</context>
<context>
    <name>Fieldbook::QuoteListModel</name>
    <message>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>总计</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>有效期至</translation>
    </message>
</context>
<context>
    <name>Fieldbook::QuoteListPresentation</name>
    <message>
        <source>does not add up</source>
        <translation>金额无法计算</translation>
    </message>
</context>
<context>
    <name>Fieldbook::QuotesDialog</name>
    <message>
        <source>Quotes</source>
        <translation>报价单</translation>
    </message>
    <message>
        <source>Search number, title or customer</source>
        <translation>搜索编号、标题或客户</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>No quote matches.</source>
        <translation>没有匹配的报价单。</translation>
    </message>
    <message>
        <source>No quotes yet. Quotes are made from an opportunity, on its Quotes tab.</source>
        <translation>还没有报价单。报价单在商机的“报价单”标签页中创建。</translation>
    </message>
    <message>
        <source>Quotes: %1</source>
        <translation>报价单：%1</translation>
    </message>
</context>
<context>
    <name>Fieldbook::ReasonDialog</name>
    <message>
        <source>Pick a reason or type your own</source>
        <translation>选择原因或自行输入</translation>
    </message>
    <message>
        <source>Disqualify</source>
        <translation>取消资格</translation>
    </message>
    <message>
        <source>Why is “%1” disqualified?</source>
        <translation>为什么取消“%1”的资格？</translation>
    </message>
    <message numerus="yes">
        <source>Why are these %n leads disqualified?</source>
        <translation>
            <numerusform>为什么取消这 %n 条线索的资格？</numerusform>
        </translation>
    </message>
    <message>
        <source>No budget</source>
        <translation>没有预算</translation>
    </message>
    <message>
        <source>No need</source>
        <translation>没有需求</translation>
    </message>
    <message>
        <source>Chose a competitor</source>
        <translation>选择了竞争对手</translation>
    </message>
    <message>
        <source>Cannot be reached</source>
        <translation>无法联系上</translation>
    </message>
    <message>
        <source>Not a decision maker</source>
        <translation>不是决策者</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>重复</translation>
    </message>
    <message>
        <source>Spam or fake</source>
        <translation>垃圾信息或虚假信息</translation>
    </message>
    <message>
        <source>Closed as lost</source>
        <translation>以丢单关闭</translation>
    </message>
    <message>
        <source>Why was %1 lost?</source>
        <translation>%1 丢单的原因是什么？</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>原因(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Lost on:</source>
        <translation>丢单日期(&amp;L)：</translation>
    </message>
    <message>
        <source>Close as lost</source>
        <translation>以丢单关闭</translation>
    </message>
</context>
<context>
    <name>Fieldbook::RecordLinkPicker</name>
    <message>
        <source>Type to find one</source>
        <translation>输入以查找</translation>
    </message>
</context>
<context>
    <name>Fieldbook::RecordSection</name>
    <message>
        <source>&amp;New</source>
        <translation>新建(&amp;N)</translation>
    </message>
    <message>
        <source>Create a new record (Ctrl+N)</source>
        <translation>新建记录 (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Merge…</source>
        <translation>合并(&amp;M)…</translation>
    </message>
    <message>
        <source>Merge the two selected records into one</source>
        <translation>将选中的两条记录合并为一条</translation>
    </message>
    <message>
        <source>Ne&amp;xt record</source>
        <translation>下一条记录(&amp;X)</translation>
    </message>
    <message>
        <source>Pre&amp;vious record</source>
        <translation>上一条记录(&amp;V)</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <source>The section was closed.</source>
        <translation>该版块已关闭。</translation>
    </message>
    <message>
        <source>Select exactly two records to merge (Ctrl+click the second one).</source>
        <translation>请恰好选择两条记录进行合并（按住 Ctrl 单击第二条）。</translation>
    </message>
    <message>
        <source>Merged into “%1”. Every activity and attachment was kept.</source>
        <translation>已合并到“%1”。所有活动和附件均已保留。</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <source>This record has unsaved changes. Save them before leaving?</source>
        <translation>此记录有未保存的更改。离开前要保存吗？</translation>
    </message>
    <message>
        <source>These records cannot be merged.</source>
        <translation>这些记录无法合并。</translation>
    </message>
</context>
<context>
    <name>Fieldbook::RecurrenceEditor</name>
    <message>
        <source>Does not repeat</source>
        <translation>不重复</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>每天</translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation>每周</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>每月</translation>
    </message>
    <message>
        <source>Yearly</source>
        <translation>每年</translation>
    </message>
    <message>
        <source>every</source>
        <translation>间隔</translation>
    </message>
    <message>
        <source>On day</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>last day</source>
        <translation>最后一天</translation>
    </message>
    <message>
        <source>On the</source>
        <translation>在</translation>
    </message>
    <message>
        <source>first</source>
        <translation>第一个</translation>
    </message>
    <message>
        <source>second</source>
        <translation>第二个</translation>
    </message>
    <message>
        <source>third</source>
        <translation>第三个</translation>
    </message>
    <message>
        <source>fourth</source>
        <translation>第四个</translation>
    </message>
    <message>
        <source>last</source>
        <translation>最后一个</translation>
    </message>
    <message>
        <source>Never ends</source>
        <translation>永不结束</translation>
    </message>
    <message>
        <source>Ends after</source>
        <translation>重复次数</translation>
    </message>
    <message>
        <source>Ends on</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>As imported (kept)</source>
        <translation>按导入的规则（保留）</translation>
    </message>
    <message numerus="yes">
        <source> day(s)</source>
        <translation>
            <numerusform> 天</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> week(s)</source>
        <translation>
            <numerusform> 周</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> month(s)</source>
        <translation>
            <numerusform> 个月</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> year(s)</source>
        <translation>
            <numerusform> 年</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> time(s)</source>
        <translation>
            <numerusform> 次</numerusform>
        </translation>
    </message>
    <message>
        <source>on dates of its own</source>
        <translation>另有单独日期</translation>
    </message>
    <message>
        <source>%1 — kept as imported; choose another repetition to replace it.</source>
        <translation>%1 — 按导入的规则保留；选择其他重复方式即可替换。</translation>
    </message>
</context>
<context>
    <name>Fieldbook::RecurrenceRule</name>
    <message>
        <source>The recurrence rule has a part “%1” that is not NAME=VALUE.</source>
        <translation>重复规则中的部分“%1”不是 NAME=VALUE 的形式。</translation>
    </message>
    <message>
        <source>The recurrence rule sets %1 more than once.</source>
        <translation>重复规则多次设置了 %1。</translation>
    </message>
    <message>
        <source>The recurrence rule has no frequency (FREQ).</source>
        <translation>重复规则没有频率（FREQ）。</translation>
    </message>
    <message>
        <source>The recurrence rule sets both COUNT and UNTIL; only one is allowed.</source>
        <translation>重复规则同时设置了 COUNT 和 UNTIL；只允许设置其中一个。</translation>
    </message>
    <message>
        <source>The recurrence rule&apos;s %1 has no value.</source>
        <translation>重复规则的 %1 没有值。</translation>
    </message>
    <message>
        <source>The recurrence rule&apos;s FREQ is “%1”, which is not one of SECONDLY, MINUTELY, HOURLY, DAILY, WEEKLY, MONTHLY and YEARLY.</source>
        <translation>重复规则的 FREQ 为“%1”，不是 SECONDLY、MINUTELY、HOURLY、DAILY、WEEKLY、MONTHLY 或 YEARLY 之一。</translation>
    </message>
    <message>
        <source>The recurrence rule&apos;s UNTIL is “%1”, which is not a date (20270630) or a date and time (20270630T170000Z).</source>
        <translation>重复规则的 UNTIL 为“%1”，不是日期（20270630）或日期时间（20270630T170000Z）。</translation>
    </message>
    <message>
        <source>The recurrence rule&apos;s WKST is “%1”, which is not a weekday (MO to SU).</source>
        <translation>重复规则的 WKST 为“%1”，不是星期几（MO 至 SU）。</translation>
    </message>
    <message>
        <source>The recurrence rule uses %1 (calendars other than the Gregorian, RFC 7529), which Fieldbook does not support.</source>
        <translation>重复规则使用了 %1（公历以外的历法，RFC 7529），Fieldbook 不支持。</translation>
    </message>
    <message>
        <source>The recurrence rule has an unknown part %1.</source>
        <translation>重复规则含有未知部分 %1。</translation>
    </message>
    <message>
        <source>The recurrence rule&apos;s %1 is “%2”, which is not a whole number of 1 or more.</source>
        <translation>重复规则的 %1 为“%2”，不是大于或等于 1 的整数。</translation>
    </message>
    <message>
        <source>The recurrence rule&apos;s %1 holds “%2”, which is not a number from 1 to %3 or from -%3 to -1.</source>
        <translation>重复规则的 %1 含有“%2”，不是 1 到 %3 或 -%3 到 -1 之间的数字。</translation>
    </message>
    <message>
        <source>The recurrence rule&apos;s %1 holds “%2”, which is not a number from %3 to %4.</source>
        <translation>重复规则的 %1 含有“%2”，不是 %3 到 %4 之间的数字。</translation>
    </message>
    <message>
        <source>The recurrence rule&apos;s BYDAY holds “%1”, which is not a weekday such as MO, 2TU or -1FR.</source>
        <translation>重复规则的 BYDAY 含有“%1”，不是 MO、2TU 或 -1FR 这样的星期几。</translation>
    </message>
</context>
<context>
    <name>Fieldbook::RecurrenceText</name>
    <message>
        <source>custom recurrence: %1</source>
        <translation>自定义重复：%1</translation>
    </message>
    <message>
        <source>%1, once</source>
        <translation>%1，仅一次</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n times</source>
        <translation>
            <numerusform>%1，共 %n 次</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 until %2</source>
        <translation>%1，直到%2</translation>
    </message>
    <message>
        <source>every second</source>
        <translation>每秒</translation>
    </message>
    <message numerus="yes">
        <source>every %n seconds</source>
        <translation>
            <numerusform>每 %n 秒</numerusform>
        </translation>
    </message>
    <message>
        <source>every minute</source>
        <translation>每分钟</translation>
    </message>
    <message numerus="yes">
        <source>every %n minutes</source>
        <translation>
            <numerusform>每 %n 分钟</numerusform>
        </translation>
    </message>
    <message>
        <source>hourly</source>
        <translation>每小时</translation>
    </message>
    <message numerus="yes">
        <source>every %n hours</source>
        <translation>
            <numerusform>每 %n 小时</numerusform>
        </translation>
    </message>
    <message>
        <source>daily</source>
        <translation>每天</translation>
    </message>
    <message numerus="yes">
        <source>every %n days</source>
        <translation>
            <numerusform>每 %n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>every weekday</source>
        <translation>每个工作日</translation>
    </message>
    <message>
        <source>weekly on %1</source>
        <translation>每周%1</translation>
    </message>
    <message numerus="yes">
        <source>every %n weeks on %1</source>
        <translation>
            <numerusform>每 %n 周的%1</numerusform>
        </translation>
    </message>
    <message>
        <source>monthly on %1</source>
        <translation>每月%1</translation>
    </message>
    <message numerus="yes">
        <source>every %n months on %1</source>
        <translation>
            <numerusform>每 %n 个月的%1</numerusform>
        </translation>
    </message>
    <message>
        <source>every %1 that falls on %2</source>
        <translation>每个恰逢%2的%1</translation>
    </message>
    <message numerus="yes">
        <source>every %1 of every %n months</source>
        <translation>
            <numerusform>每 %n 个月的每个%1</numerusform>
        </translation>
    </message>
    <message>
        <source>every %1 of the month</source>
        <translation>每月的%1</translation>
    </message>
    <message numerus="yes">
        <source>the %1 of every %n months</source>
        <translation>
            <numerusform>每 %n 个月的%1</numerusform>
        </translation>
    </message>
    <message>
        <source>weekday</source>
        <translation>工作日</translation>
    </message>
    <message>
        <source>the %1 of every month</source>
        <translation>每月的%1</translation>
    </message>
    <message>
        <source>every year on %1</source>
        <translation>每年%1</translation>
    </message>
    <message numerus="yes">
        <source>every %n years on %1</source>
        <translation>
            <numerusform>每 %n 年的%1</numerusform>
        </translation>
    </message>
    <message>
        <source>every %1 in %2</source>
        <translation>%2的每个%1</translation>
    </message>
    <message>
        <source>the %1 of every year</source>
        <translation>每年的%1</translation>
    </message>
    <message>
        <source>every year on the %1 of %2</source>
        <translation>每年%2的%1</translation>
    </message>
    <message numerus="yes">
        <source>every %n years on the %1 of %2</source>
        <translation>
            <numerusform>每 %n 年%2的%1</numerusform>
        </translation>
    </message>
    <message>
        <source>every year on days %1 of the year</source>
        <translation>每年的第%1天</translation>
    </message>
    <message>
        <source>every year on day %1 of the year</source>
        <translation>每年的第%1天</translation>
    </message>
    <message numerus="yes">
        <source>every %n years on day %1 of the year</source>
        <translation>
            <numerusform>每 %n 年的第%1天</numerusform>
        </translation>
    </message>
    <message>
        <source>every %1</source>
        <translation>每个%1</translation>
    </message>
    <message>
        <source>first %1</source>
        <translation>第一个%1</translation>
    </message>
    <message>
        <source>second %1</source>
        <translation>第二个%1</translation>
    </message>
    <message>
        <source>third %1</source>
        <translation>第三个%1</translation>
    </message>
    <message>
        <source>fourth %1</source>
        <translation>第四个%1</translation>
    </message>
    <message>
        <source>fifth %1</source>
        <translation>第五个%1</translation>
    </message>
    <message>
        <source>last %1</source>
        <translation>最后一个%1</translation>
    </message>
    <message>
        <source>second-to-last %1</source>
        <translation>倒数第二个%1</translation>
    </message>
    <message>
        <source>day %1</source>
        <translation>%1日</translation>
    </message>
    <message>
        <source>the last day</source>
        <translation>最后一天</translation>
    </message>
    <message>
        <source>the second-to-last day</source>
        <translation>倒数第二天</translation>
    </message>
    <message>
        <source>day %1 from the end</source>
        <translation>倒数第%1天</translation>
    </message>
</context>
<context>
    <name>Fieldbook::RejectedRowsModel</name>
    <message>
        <source>Row</source>
        <translation>行号</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
</context>
<context>
    <name>Fieldbook::ReminderCenter</name>
    <message>
        <source>Fieldbook</source>
        <translation>Fieldbook</translation>
    </message>
    <message numerus="yes">
        <source>Fieldbook: %n reminder(s)</source>
        <translation>
            <numerusform>Fieldbook：%n 条提醒</numerusform>
        </translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>提醒</translation>
    </message>
    <message numerus="yes">
        <source>%n reminder(s)</source>
        <translation>
            <numerusform>%n 条提醒</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>以及另外 %n 条</numerusform>
        </translation>
    </message>
    <message>
        <source>Show reminders</source>
        <translation>显示提醒</translation>
    </message>
</context>
<context>
    <name>Fieldbook::ReminderListDialog</name>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>No reminders are due.</source>
        <translation>没有到期的提醒。</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>打开(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Dismiss</source>
        <translation>忽略(&amp;D)</translation>
    </message>
    <message>
        <source>Dismiss &amp;all</source>
        <translation>全部忽略(&amp;A)</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>提醒</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>提醒</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>&amp;Snooze</source>
        <translation>稍后提醒(&amp;S)</translation>
    </message>
    <message>
        <source>For 5 minutes</source>
        <translation>5 分钟后</translation>
    </message>
    <message>
        <source>For 15 minutes</source>
        <translation>15 分钟后</translation>
    </message>
    <message>
        <source>For 1 hour</source>
        <translation>1 小时后</translation>
    </message>
    <message>
        <source>Until tomorrow</source>
        <translation>明天</translation>
    </message>
    <message>
        <source>(No title)</source>
        <translation>（无标题）</translation>
    </message>
</context>
<context>
    <name>Fieldbook::ReminderOffsetsEdit</name>
    <message>
        <source>Remove the selected reminder</source>
        <translation>删除所选提醒</translation>
    </message>
    <message>
        <source>Add a reminder…</source>
        <translation>添加提醒…</translation>
    </message>
</context>
<context>
    <name>Fieldbook::SectionFrame</name>
    <message>
        <source>&amp;Find</source>
        <translation>查找(&amp;F)</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
</context>
<context>
    <name>Fieldbook::SellerProfileDialog</name>
    <message>
        <source>Your details on quotes</source>
        <translation>报价单上的您的信息</translation>
    </message>
    <message>
        <source>Your customers see these on every quote: who it comes from and whom to ask. You can change them later in Settings › Company.</source>
        <translation>客户会在每份报价单上看到这些信息：报价单来自谁、应联系谁。您之后可以在“设置 › 公司”中修改。</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>以后再说(&amp;L)</translation>
    </message>
</context>
<context>
    <name>Fieldbook::SellerProfileEditor</name>
    <message>
        <source>e.g. Maria Schmidt</source>
        <translation>例如：张伟</translation>
    </message>
    <message>
        <source>Your name comes from the sync server&apos;s user directory.</source>
        <translation>您的姓名来自同步服务器的用户目录。</translation>
    </message>
    <message>
        <source>Customers see it on your quotes as their contact.</source>
        <translation>客户会在您的报价单上看到它作为联系人。</translation>
    </message>
    <message>
        <source>You</source>
        <translation>您</translation>
    </message>
    <message>
        <source>&amp;Your name:</source>
        <translation>您的姓名(&amp;Y)：</translation>
    </message>
    <message>
        <source>Your company</source>
        <translation>您的公司</translation>
    </message>
</context>
<context>
    <name>Fieldbook::SetAsideBox</name>
    <message>
        <source>Dis&amp;miss</source>
        <translation>忽略(&amp;M)</translation>
    </message>
    <message>
        <source>The server sent these records, but this computer could not store them. The rest of the data was received. A newer version of a record is stored when it arrives.</source>
        <translation>服务器发送了这些记录，但这台电脑无法保存它们。其余数据均已接收。记录的较新版本到达时会被保存。</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>接收时间</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Remove the selected entries from this list</source>
        <translation>从此列表中移除所选条目</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Received but not stored (%1)</source>
        <translation>已接收但未保存（%1）</translation>
    </message>
</context>
<context>
    <name>Fieldbook::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <translation>系统默认（%1）</translation>
    </message>
    <message>
        <source>The new language is used the next time Fieldbook starts.</source>
        <translation>新语言将在下次启动 Fieldbook 时生效。</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>货币</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>常规(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Company</source>
        <translation>公司(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Pipelines</source>
        <translation>销售流程(&amp;P)</translation>
    </message>
    <message>
        <source>Default &amp;phone region:</source>
        <translation>默认电话区域(&amp;P)：</translation>
    </message>
    <message>
        <source>Phone numbers typed without a country code, such as 030 1234567, are read as numbers of this region and stored with its code (+49 30 1234567).</source>
        <translation>不带国家代码输入的电话号码（如 030 1234567）按此区域识别，并连同国家代码一起保存（+49 30 1234567）。</translation>
    </message>
    <message>
        <source>none: numbers need their country code</source>
        <translation>无：号码须带国家代码</translation>
    </message>
    <message>
        <source>The calendar shows times in this zone; events keep their own.</source>
        <translation>日历按此时区显示时间；日程保留各自的时区。</translation>
    </message>
    <message>
        <source>Calendar &amp;time zone:</source>
        <translation>日历时区(&amp;T)：</translation>
    </message>
</context>
<context>
    <name>Fieldbook::ShortcutsDialog</name>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>快捷键</translation>
    </message>
</context>
<context>
    <name>Fieldbook::SyncIssuesDialog</name>
    <message>
        <source>Nothing to decide.</source>
        <translation>没有需要处理的事项。</translation>
    </message>
    <message>
        <source>Sync issues</source>
        <translation>同步问题</translation>
    </message>
    <message>
        <source>Sync could not settle these changes on its own. Your decisions are sent to the server at once.</source>
        <translation>同步无法自行解决这些更改。您的决定会立即发送到服务器。</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>之前</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>对方的</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>您的</translation>
    </message>
    <message>
        <source>The value both sides started from</source>
        <translation>双方开始修改前的值</translation>
    </message>
    <message>
        <source>The value on the server, which it kept</source>
        <translation>服务器上保留的值</translation>
    </message>
    <message>
        <source>The value you entered on this computer</source>
        <translation>您在这台电脑上输入的值</translation>
    </message>
    <message>
        <source>Keep &amp;theirs</source>
        <translation>保留对方的(&amp;T)</translation>
    </message>
    <message>
        <source>Keep the server’s value and drop yours</source>
        <translation>保留服务器上的值，放弃您的值</translation>
    </message>
    <message>
        <source>Use &amp;mine</source>
        <translation>使用我的(&amp;M)</translation>
    </message>
    <message>
        <source>Send your value to the server, replacing theirs</source>
        <translation>将您的值发送到服务器，替换对方的值</translation>
    </message>
    <message>
        <source>Keep &amp;both</source>
        <translation>两者都保留(&amp;B)</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>更改</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>重试(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>放弃(&amp;D)</translation>
    </message>
    <message>
        <source>Drop the change and put back the values it replaced</source>
        <translation>放弃此更改并恢复被它替换的值</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Conflicts (%1)</source>
        <translation>冲突（%1）</translation>
    </message>
    <message>
        <source>Rejected changes (%1)</source>
        <translation>被拒绝的更改（%1）</translation>
    </message>
    <message>
        <source>Keep the server’s text and add yours after it</source>
        <translation>保留服务器上的文本，并在其后加上您的文本</translation>
    </message>
    <message>
        <source>Only notes can keep both versions; other fields hold one value.</source>
        <translation>只有备注可以保留两个版本；其他字段只能有一个值。</translation>
    </message>
    <message>
        <source>Send the change again, based on the record as it is now</source>
        <translation>基于记录的当前状态重新发送此更改</translation>
    </message>
    <message>
        <source>The record is no longer on this computer (it was given to someone else), so the change can only be discarded.</source>
        <translation>该记录已不在这台电脑上（已转给其他人），因此此更改只能放弃。</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>放弃更改</translation>
    </message>
    <message numerus="yes">
        <source>Discard %Ln change(s)? The values they replaced come back on this computer.</source>
        <translation>
            <numerusform>放弃 %Ln 项更改？被替换的值将在这台电脑上恢复。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Fieldbook::SyncLogDialog</name>
    <message>
        <source>Nothing has been synced yet.</source>
        <translation>尚未进行过同步。</translation>
    </message>
    <message>
        <source>Sync log</source>
        <translation>同步日志</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>消息</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>立即同步(&amp;S)</translation>
    </message>
</context>
<context>
    <name>Fieldbook::SyncStatusWidget</name>
    <message>
        <source>Conflicts and refused changes wait for your decision. Click to see them.</source>
        <translation>冲突和被拒绝的更改等待您处理。点击查看。</translation>
    </message>
    <message>
        <source>Click to see the sync log.</source>
        <translation>点击查看同步日志。</translation>
    </message>
</context>
<context>
    <name>Fieldbook::TaskEditor</name>
    <message>
        <source>Due</source>
        <translation>截止</translation>
    </message>
    <message>
        <source>at</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>New task</source>
        <translation>新建任务</translation>
    </message>
    <message>
        <source>Task — %1</source>
        <translation>任务 — %1</translation>
    </message>
    <message>
        <source>What is to be done</source>
        <translation>要做什么</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>标题(&amp;T)：</translation>
    </message>
    <message>
        <source>Due:</source>
        <translation>截止：</translation>
    </message>
    <message>
        <source>&amp;Priority:</source>
        <translation>优先级(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>状态(&amp;S)：</translation>
    </message>
    <message>
        <source>Reminders:</source>
        <translation>提醒：</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>描述(&amp;D)：</translation>
    </message>
    <message>
        <source>The time zone of the due time</source>
        <translation>截止时间的时区</translation>
    </message>
    <message>
        <source>About</source>
        <translation>关联</translation>
    </message>
    <message>
        <source>Type to find a contact</source>
        <translation>输入以查找联系人</translation>
    </message>
    <message>
        <source>Type to find a lead</source>
        <translation>输入以查找线索</translation>
    </message>
    <message>
        <source>Type to find an opportunity</source>
        <translation>输入以查找商机</translation>
    </message>
    <message>
        <source>&amp;Contact:</source>
        <translation>联系人(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation>客户(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Lead:</source>
        <translation>线索(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Opportunity:</source>
        <translation>商机(&amp;O)：</translation>
    </message>
    <message>
        <source>Choose the linked records from the suggestions, or clear the field.</source>
        <translation>请从建议中选择关联的记录，或清空该字段。</translation>
    </message>
    <message>
        <source>“%1” is not a time zone. Choose one from the list.</source>
        <translation>“%1”不是时区。请从列表中选择。</translation>
    </message>
</context>
<context>
    <name>Fieldbook::TaskListPane</name>
    <message>
        <source>Tasks</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>New task</source>
        <translation>新建任务</translation>
    </message>
    <message>
        <source>Create a task (Ctrl+Shift+N)</source>
        <translation>新建任务（Ctrl+Shift+N）</translation>
    </message>
    <message>
        <source>Delete the selected task (Del)</source>
        <translation>删除所选任务（Del）</translation>
    </message>
    <message>
        <source>No tasks. Create one with Ctrl+Shift+N.</source>
        <translation>没有任务。按 Ctrl+Shift+N 新建一个。</translation>
    </message>
    <message>
        <source>Delete task</source>
        <translation>删除任务</translation>
    </message>
    <message>
        <source>Tasks (%1)</source>
        <translation>任务（%1）</translation>
    </message>
    <message>
        <source>Task created.</source>
        <translation>任务已创建。</translation>
    </message>
    <message>
        <source>Task saved.</source>
        <translation>任务已保存。</translation>
    </message>
    <message>
        <source>Task deleted.</source>
        <translation>任务已删除。</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
</context>
<context>
    <name>Fieldbook::TaskText</name>
    <message>
        <source>%1 %2</source>
        <comment>date and time</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>today %1</source>
        <translation>今天 %1</translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation>明天</translation>
    </message>
    <message>
        <source>tomorrow %1</source>
        <translation>明天 %1</translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>昨天</translation>
    </message>
    <message>
        <source>yesterday %1</source>
        <translation>昨天 %1</translation>
    </message>
    <message>
        <source>now</source>
        <translation>现在</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>%1后</translation>
    </message>
    <message>
        <source>due %1 ago</source>
        <translation>已到期 %1</translation>
    </message>
    <message>
        <source>started %1 ago</source>
        <translation>已开始 %1</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n 天</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n 小时</numerusform>
        </translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation>即将到来</translation>
    </message>
    <message>
        <source>No date</source>
        <translation>无日期</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>at %1 on the day</source>
        <translation>当天 %1</translation>
    </message>
    <message>
        <source>at %1 the day before</source>
        <translation>前一天 %1</translation>
    </message>
    <message numerus="yes">
        <source>at %1, %n days before</source>
        <translation>
            <numerusform>提前 %n 天的 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>at the due time</source>
        <translation>截止时</translation>
    </message>
    <message>
        <source>%1 after</source>
        <translation>之后 %1</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) before</source>
        <translation>
            <numerusform>提前 %n 天</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) before</source>
        <translation>
            <numerusform>提前 %n 小时</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) before</source>
        <translation>
            <numerusform>提前 %n 分钟</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 before</source>
        <translation>提前 %1</translation>
    </message>
</context>
<context>
    <name>Fieldbook::TelesalesSection</name>
    <message>
        <source>&amp;Dial</source>
        <translation>拨号(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Save and next call</source>
        <translation>保存并拨打下一个(&amp;S)</translation>
    </message>
    <message>
        <source>Dial &amp;template…</source>
        <translation>拨号模板(&amp;T)…</translation>
    </message>
    <message>
        <source>Dial template</source>
        <translation>拨号模板</translation>
    </message>
    <message>
        <source>The link that dials a number, with {number} where the number goes, e.g. tel:{number}, callto:{number} or sip:{number}@pbx.example.com:</source>
        <translation>用于拨号的链接，在号码的位置写 {number}，例如 tel:{number}、callto:{number} 或 sip:{number}@pbx.example.com：</translation>
    </message>
    <message>
        <source>“%1” is not a link with {number} in it, such as tel:{number}.</source>
        <translation>“%1”不是含有 {number} 的链接，例如 tel:{number}。</translation>
    </message>
    <message>
        <source>No program dials %1 links here. Set one up in the desktop&apos;s settings, or change the dial template (Record › Dial template…); the call&apos;s timer runs.</source>
        <translation>此处没有程序能拨打 %1 链接。请在桌面设置中指定一个，或更改拨号模板（记录 › 拨号模板…）；通话计时已开始。</translation>
    </message>
    <message>
        <source>Choose how the call ended first (Alt+1 to Alt+9).</source>
        <translation>请先选择通话结果（Alt+1 至 Alt+9）。</translation>
    </message>
    <message>
        <source>Call logged</source>
        <translation>已记录通话</translation>
    </message>
    <message>
        <source>Call with %1 saved: %2.</source>
        <translation>与 %1 的通话已保存：%2。</translation>
    </message>
    <message>
        <source>Meeting with %1</source>
        <translation>与 %1 会面</translation>
    </message>
    <message>
        <source>“%1” added.</source>
        <translation>已添加“%1”。</translation>
    </message>
    <message>
        <source>Event added</source>
        <translation>已添加事件</translation>
    </message>
    <message>
        <source>Nothing to call now. Callbacks and retries come back when they are due.</source>
        <translation>现在没有要拨打的电话。回电和重拨到时间后会再出现。</translation>
    </message>
    <message>
        <source>%1 to call · %2 callbacks due · %3 called, %4 connected</source>
        <translation>待拨打 %1 · 到期回电 %2 · 已拨打 %3，已接通 %4</translation>
    </message>
    <message>
        <source>&amp;Power mode</source>
        <translation>连续拨号模式(&amp;P)</translation>
    </message>
    <message>
        <source>S&amp;tatistics</source>
        <translation>统计(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;New call list…</source>
        <translation>新建外呼名单(&amp;N)…</translation>
    </message>
    <message>
        <source>Call &amp;lists…</source>
        <translation>外呼名单(&amp;L)…</translation>
    </message>
    <message numerus="yes">
        <source>You are working offline. %1 also work(s) “%2”: each of you calls only the numbers assigned to you, and every call is kept when you sync again.</source>
        <translation>
            <numerusform>您正处于离线状态。%1 也在拨打“%2”：每人只拨打分配给自己的号码，再次同步时所有通话都会保留。</numerusform>
        </translation>
    </message>
    <message>
        <source>No call lists yet. Build one from contacts, leads, accounts or a CSV file with New call list (Ctrl+Alt+N), or select records in their section and choose Add to call list. Lists your manager builds arrive with the next sync.</source>
        <translation>还没有外呼名单。可通过“新建外呼名单”（Ctrl+Alt+N）从联系人、线索、客户或 CSV 文件建立，或在相应模块中选中记录后选择“加入外呼名单”。经理建立的名单会在下次同步时送达。</translation>
    </message>
</context>
<context>
    <name>Fieldbook::TimeZoneCombo</name>
    <message>
        <source>System time zone (%1)</source>
        <translation>系统时区（%1）</translation>
    </message>
    <message>
        <source>Type to find a time zone</source>
        <translation>输入以查找时区</translation>
    </message>
</context>
<context>
    <name>Fieldbook::TimelinePane</name>
    <message>
        <source>Log call</source>
        <translation>记录通话</translation>
    </message>
    <message>
        <source>Log meeting</source>
        <translation>记录会议</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>添加备注</translation>
    </message>
    <message>
        <source>Log a call (Ctrl+L)</source>
        <translation>记录通话 (Ctrl+L)</translation>
    </message>
    <message>
        <source>Save the record first, then log activities for it.</source>
        <translation>请先保存记录，然后再为其记录活动。</translation>
    </message>
    <message>
        <source>%1 logged.</source>
        <translation>已记录%1。</translation>
    </message>
    <message>
        <source>Activities appear here once the record is saved.</source>
        <translation>记录保存后，活动将显示在这里。</translation>
    </message>
    <message>
        <source>No activities yet. Log a call with Ctrl+L.</source>
        <translation>还没有活动。按 Ctrl+L 记录一次通话。</translation>
    </message>
    <message>
        <source>Log as activity</source>
        <translation>记录为活动</translation>
    </message>
    <message>
        <source>Log the selected meeting, visit or call as an activity, with its outcome</source>
        <translation>将所选会议、拜访或通话连同结果记录为活动</translation>
    </message>
    <message>
        <source>Delete the selected entry (Del)</source>
        <translation>删除所选条目（Del）</translation>
    </message>
    <message>
        <source>Log “%1” as an activity</source>
        <translation>将“%1”记录为活动</translation>
    </message>
    <message>
        <source>“%1” logged as an activity.</source>
        <translation>已将“%1”记录为活动。</translation>
    </message>
    <message>
        <source>Delete series</source>
        <translation>删除系列</translation>
    </message>
    <message>
        <source>Delete “%1” with all its occurrences?</source>
        <translation>删除“%1”及其所有重复日程？</translation>
    </message>
    <message>
        <source>Log the occurrence of %1 as an activity…</source>
        <translation>将 %1 的这次日程记录为活动…</translation>
    </message>
    <message>
        <source>Log as an activity…</source>
        <translation>记录为活动…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
</context>
<context>
    <name>Fieldbook::TimelineRemover</name>
    <message>
        <source>Activity deleted.</source>
        <translation>活动已删除。</translation>
    </message>
    <message>
        <source>Task deleted.</source>
        <translation>任务已删除。</translation>
    </message>
    <message>
        <source>Series deleted.</source>
        <translation>系列已删除。</translation>
    </message>
    <message>
        <source>Event deleted.</source>
        <translation>日程已删除。</translation>
    </message>
    <message>
        <source>Occurrence cancelled.</source>
        <translation>该次日程已取消。</translation>
    </message>
</context>
<context>
    <name>Fieldbook::UndoHistory</name>
    <message>
        <source>There is nothing to undo.</source>
        <translation>没有可撤销的操作。</translation>
    </message>
    <message>
        <source>This change was already undone.</source>
        <translation>此更改已被撤销。</translation>
    </message>
    <message>
        <source>There is nothing to redo.</source>
        <translation>没有可重做的操作。</translation>
    </message>
</context>
<context>
    <name>Fieldbook::WrapUpPanel</name>
    <message>
        <source>Save and &amp;next call  (Ctrl+Enter)</source>
        <translation>保存并拨打下一个(&amp;N)  （Ctrl+Enter）</translation>
    </message>
    <message>
        <source>What was said</source>
        <translation>通话内容</translation>
    </message>
    <message>
        <source>e.g. send the price list</source>
        <translation>例如：发送价格表</translation>
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Enter</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>备注(&amp;O)：</translation>
    </message>
    <message>
        <source>Ne&amp;xt step:</source>
        <translation>下一步(&amp;X)：</translation>
    </message>
    <message>
        <source>Call &amp;back at:</source>
        <translation>回电时间(&amp;B)：</translation>
    </message>
    <message>
        <source>Call back &amp;by:</source>
        <translation>回电人(&amp;Y)：</translation>
    </message>
    <message>
        <source>Me (%1)</source>
        <translation>我（%1）</translation>
    </message>
    <message>
        <source>Not dialled yet (Ctrl+D)</source>
        <translation>尚未拨号（Ctrl+D）</translation>
    </message>
    <message>
        <source>Dialling in %1 s · Esc stops</source>
        <translation>%1 秒后拨号 · 按 Esc 停止</translation>
    </message>
    <message>
        <source>New opportunity…  (Ctrl+Alt+O)</source>
        <translation>新建商机…  (Ctrl+Alt+O)</translation>
    </message>
    <message>
        <source>Convert lead…  (Ctrl+Alt+V)</source>
        <translation>转化线索…  (Ctrl+Alt+V)</translation>
    </message>
    <message>
        <source>The call is linked to “%1”.</source>
        <translation>此通话已关联到“%1”。</translation>
    </message>
</context>
<context>
    <name>FirstConnectQuestion</name>
    <message>
        <source>Connect to server</source>
        <translation>连接服务器</translation>
    </message>
    <message>
        <source>Records of other users</source>
        <translation>其他用户的记录</translation>
    </message>
    <message numerus="yes">
        <source>This store holds %n record(s) of users who exist only on this computer (such as the demo&apos;s sales team). The server would refuse every one of them.

Yes: take them over as yours; they are sent to the server as your records.
No: start from the server&apos;s data; this file is kept as the backup %1 and the store is emptied.</source>
        <translation>
            <numerusform>此存储中有 %n 条记录属于仅存在于这台电脑上的用户（例如演示数据的销售团队），服务器会拒绝其中的每一条。

“是”：将它们接管为你自己的记录，并作为你的记录发送到服务器。
“否”：从服务器的数据开始；此文件保留为备份 %1，存储将被清空。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FirstStartDemoData</name>
    <message>
        <source>Preparing demo data</source>
        <translation>正在准备演示数据</translation>
    </message>
    <message>
        <source>Demo data</source>
        <translation>演示数据</translation>
    </message>
    <message>
        <source>No demo data was written: %1</source>
        <translation>未写入任何演示数据：%1</translation>
    </message>
    <message>
        <source>Fieldbook is filling this new database with demo accounts, contacts, activities and leads so that you can try it out. Cancel to start with an empty database instead.</source>
        <translation>Fieldbook 正在向这个新数据库填充演示客户、联系人、活动和线索，方便您试用。如果想从空数据库开始，请点击“取消”。</translation>
    </message>
</context>
<context>
    <name>ForecastHistoryRepository</name>
    <message>
        <source>Only managers and administrators can adjust a forecast.</source>
        <translation>只有经理和管理员可以调整预测。</translation>
    </message>
    <message>
        <source>An adjustment is for a month, a quarter or a year.</source>
        <translation>调整必须针对某个月、季度或年度。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a currency code (such as EUR).</source>
        <translation>“%1”不是货币代码（例如 EUR）。</translation>
    </message>
    <message>
        <source>Commit cannot be negative, and Best case cannot be less than Commit.</source>
        <translation>承诺金额不能为负数，最佳情况金额不能小于承诺金额。</translation>
    </message>
    <message>
        <source>A snapshot is of a month, a quarter or a year, taken on a day.</source>
        <translation>快照必须针对某个月、季度或年度，并注明生成日期。</translation>
    </message>
</context>
<context>
    <name>ForecastReport</name>
    <message>
        <source>There is no exchange rate for %1: add one in Settings › Currency, or report in %2.</source>
        <translation>没有 %1 的汇率：请在“设置 › 货币”中添加，或改用 %2 生成报告。</translation>
    </message>
</context>
<context>
    <name>ForecastSource</name>
    <message>
        <source>The fiscal year starts in a month from 1 to 12.</source>
        <translation>财年的起始月份必须在 1 到 12 之间。</translation>
    </message>
</context>
<context>
    <name>GenerateCommand</name>
    <message>
        <source>Accounts to write (default %1 when no count is given).</source>
        <translation>要写入的客户数（未指定任何数量时默认为 %1）。</translation>
    </message>
    <message>
        <source>Contacts to write (default %1).</source>
        <translation>要写入的联系人数（默认 %1）。</translation>
    </message>
    <message>
        <source>Activities to write (default %1).</source>
        <translation>要写入的活动数（默认 %1）。</translation>
    </message>
    <message>
        <source>Sales team size (default %1).</source>
        <translation>销售团队人数（默认 %1）。</translation>
    </message>
    <message>
        <source>Random seed: the same seed gives the same data (default 1).</source>
        <translation>随机种子：相同的种子生成相同的数据（默认 1）。</translation>
    </message>
    <message>
        <source>generate takes no arguments, only options; see --help</source>
        <translation>generate 不接受参数，只接受选项；请参阅 --help</translation>
    </message>
    <message>
        <source>--%1 expects a number from 0 to 10000000, not &apos;%2&apos;</source>
        <translation>--%1 应为 0 到 10000000 之间的数字，而不是“%2”</translation>
    </message>
    <message>
        <source>--seed expects a whole number, not &apos;%1&apos;</source>
        <translation>--seed 应为整数，而不是“%1”</translation>
    </message>
    <message>
        <source>write realistic demo data (Chinese and Western names)</source>
        <translation>写入逼真的演示数据（包含中文和西方姓名）</translation>
    </message>
    <message>
        <source>Opportunities to write (default %1).</source>
        <translation>要生成的商机数量（默认 %1）。</translation>
    </message>
    <message>
        <source>Quotes to write, with the demo product catalogue (default %1).</source>
        <translation>要生成的报价单数量，同时生成演示产品目录（默认 %1）。</translation>
    </message>
    <message>
        <source>Leads to write (default %1).</source>
        <translation>要写入的线索数（默认 %1）。</translation>
    </message>
    <message>
        <source>Calendar events to write, one in twenty a recurring series (default %1).</source>
        <translation>要生成的日程数量，每二十个中有一个是重复日程（默认 %1）。</translation>
    </message>
    <message>
        <source>Tasks to write (default %1).</source>
        <translation>要生成的任务数量（默认 %1）。</translation>
    </message>
    <message>
        <source>Also build two call lists for telesales from the leads and contacts.</source>
        <translation>同时从线索和联系人生成两个电话营销呼叫名单。</translation>
    </message>
</context>
<context>
    <name>Gzip</name>
    <message>
        <source>Could not start decompressing.</source>
        <translation>无法开始解压缩。</translation>
    </message>
    <message>
        <source>The compressed body expands beyond %1 bytes.</source>
        <translation>压缩内容解压后超过 %1 字节。</translation>
    </message>
    <message>
        <source>The compressed body is damaged or cut short.</source>
        <translation>压缩内容已损坏或不完整。</translation>
    </message>
</context>
<context>
    <name>HttpApi</name>
    <message>
        <source>The request body is larger than %1 bytes.</source>
        <translation>请求内容超过 %1 字节。</translation>
    </message>
    <message>
        <source>There is no %1 on this server.</source>
        <translation>此服务器上没有 %1。</translation>
    </message>
    <message>
        <source>%1 does not accept %2; use %3.</source>
        <translation>%1 不接受 %2；请使用 %3。</translation>
    </message>
    <message>
        <source>client_id %1 is not the device this access token was issued to.</source>
        <translation>client_id %1 不是此访问令牌所属的设备。</translation>
    </message>
    <message>
        <source>The server expects seq %1 next; send the mutations again from there.</source>
        <translation>服务器期望的下一个序号是 %1；请从该处重新发送更改。</translation>
    </message>
    <message>
        <source>limit must be a whole number from 1 to %1</source>
        <translation>limit 必须是 1 到 %1 之间的整数</translation>
    </message>
    <message>
        <source>unknown or too long query parameter %1</source>
        <translation>未知或过长的查询参数 %1</translation>
    </message>
    <message>
        <source>%1 takes no parameters</source>
        <translation>%1 不接受参数</translation>
    </message>
    <message>
        <source>Content-Encoding %1 is not supported; send the body plain or as gzip.</source>
        <translation>不支持 Content-Encoding %1；请以原文或 gzip 发送内容。</translation>
    </message>
    <message>
        <source>The request needs an access token (Authorization: Bearer).</source>
        <translation>此请求需要访问令牌（Authorization: Bearer）。</translation>
    </message>
    <message>
        <source>The server cannot reach its storage right now; try again later.</source>
        <translation>服务器暂时无法访问其存储；请稍后再试。</translation>
    </message>
    <message>
        <source>The server could not handle the request.</source>
        <translation>服务器无法处理该请求。</translation>
    </message>
    <message>
        <source>The body has %1 bytes; Content-Range announces %2.</source>
        <translation>请求正文有 %1 字节；Content-Range 声明的是 %2 字节。</translation>
    </message>
    <message>
        <source>The content has %1 bytes; the range starts at byte %2.</source>
        <translation>该内容共 %1 字节；所请求的范围从第 %2 字节开始。</translation>
    </message>
    <message>
        <source>%1 does not end in a SHA-256 (64 lower-case hexadecimal digits).</source>
        <translation>%1 的结尾不是 SHA-256（64 个小写十六进制数字）。</translation>
    </message>
    <message>
        <source>The server is busy checking other sign-ins; try again in a second.</source>
        <translation>服务器正忙于核验其他登录，请一秒后重试。</translation>
    </message>
</context>
<context>
    <name>IcsItemReader</name>
    <message>
        <source>Line %1: %2 has no END:%2; it was read up to the end of the file.</source>
        <translation>第 %1 行：%2 没有 END:%2；已读取到文件末尾。</translation>
    </message>
    <message>
        <source>Line %1: the event has no readable DTSTART; it was skipped.</source>
        <translation>第 %1 行：该日程没有可读取的 DTSTART；已跳过。</translation>
    </message>
    <message>
        <source>Line %1: %2 has no UID; it was given %3.</source>
        <translation>第 %1 行：%2 没有 UID；已为其指定 %3。</translation>
    </message>
    <message>
        <source>Line %1: RECURRENCE-ID with RANGE=THISANDPRIOR is not supported; the change applies to this occurrence only.</source>
        <translation>第 %1 行：不支持带 RANGE=THISANDPRIOR 的 RECURRENCE-ID；此更改仅适用于本次。</translation>
    </message>
    <message>
        <source>Line %1: both %2 and DURATION are given; DURATION was ignored.</source>
        <translation>第 %1 行：同时给出了 %2 和 DURATION；已忽略 DURATION。</translation>
    </message>
    <message>
        <source>Line %1: DURATION &quot;%2&quot; is not a positive duration; it was ignored.</source>
        <translation>第 %1 行：DURATION“%2”不是正的时长；已忽略。</translation>
    </message>
    <message>
        <source>Line %1: the all-day item lasts %2 (DURATION); it was rounded up to whole days.</source>
        <translation>第 %1 行：该全天项目持续 %2（DURATION）；已向上取整为整天。</translation>
    </message>
    <message>
        <source>Line %1: %2 %3 is not of the same kind as DTSTART %4; it was read as %5.</source>
        <translation>第 %1 行：%2 %3 与 DTSTART %4 的类型不同；已读取为 %5。</translation>
    </message>
    <message>
        <source>Line %1: %2 is before DTSTART; the all-day item now lasts one day.</source>
        <translation>第 %1 行：%2 早于 DTSTART；该全天项目现持续一天。</translation>
    </message>
    <message>
        <source>Line %1: %2 is before DTSTART; the item now ends when it starts.</source>
        <translation>第 %1 行：%2 早于 DTSTART；该项目现在开始即结束。</translation>
    </message>
    <message>
        <source>Line %1: RRULE &quot;%2&quot; has no valid FREQ; the rule was dropped.</source>
        <translation>第 %1 行：RRULE“%2”没有有效的 FREQ；已舍弃该规则。</translation>
    </message>
    <message>
        <source>Line %1: EXRULE (removed from iCalendar by RFC 5545) is not supported; it was ignored.</source>
        <translation>第 %1 行：不支持 EXRULE（RFC 5545 已将其从 iCalendar 中删除）；已忽略。</translation>
    </message>
    <message>
        <source>Line %1: RDATE periods keep only their start; those occurrences last as long as the others.</source>
        <translation>第 %1 行：RDATE 时间段只保留其开始时间；这些重复项的时长与其他重复项相同。</translation>
    </message>
    <message>
        <source>Line %1: %2 &quot;%3&quot; is not a whole number from %4 to %5; it was ignored.</source>
        <translation>第 %1 行：%2“%3”不是 %4 到 %5 之间的整数；已忽略。</translation>
    </message>
    <message>
        <source>Line %1: the alarm&apos;s TRIGGER cannot be read or has nothing to refer to; the alarm was dropped.</source>
        <translation>第 %1 行：提醒的 TRIGGER 无法读取或没有可参照的时间；已舍弃该提醒。</translation>
    </message>
</context>
<context>
    <name>IcsReader</name>
    <message>
        <source>Line %1: VJOURNAL (a journal entry) cannot be imported; it was skipped.</source>
        <translation>第 %1 行：无法导入 VJOURNAL（日志条目）；已跳过。</translation>
    </message>
    <message>
        <source>Line %1: VFREEBUSY (free/busy times) cannot be imported; it was skipped.</source>
        <translation>第 %1 行：无法导入 VFREEBUSY（空闲/忙碌时间）；已跳过。</translation>
    </message>
    <message>
        <source>Line %1 is not an iCalendar content line (NAME:value); it was ignored.</source>
        <translation>第 %1 行不是 iCalendar 内容行（名称:值）；已忽略。</translation>
    </message>
    <message>
        <source>Line %1 is not UTF-8; it was read as Latin-1.</source>
        <translation>第 %1 行不是 UTF-8 编码；已按 Latin-1 读取。</translation>
    </message>
    <message>
        <source>%1 is not an iCalendar file: it has no BEGIN:VCALENDAR.</source>
        <translation>%1 不是 iCalendar 文件：其中没有 BEGIN:VCALENDAR。</translation>
    </message>
</context>
<context>
    <name>IcsTimeReader</name>
    <message>
        <source>Line %1: the time zone &quot;%2&quot; is neither known nor defined in the file (no VTIMEZONE); its times were read as floating times, in the viewer&apos;s own zone.</source>
        <translation>第 %1 行：时区“%2”既不是已知时区，也未在文件中定义（没有 VTIMEZONE）；其时间已按浮动时间读取，即查看者所在的时区。</translation>
    </message>
    <message>
        <source>Line %1: the VTIMEZONE of &quot;%2&quot; gives no dates for its changes (no DTSTART); it was read as %3, the zone its name gives.</source>
        <translation>第 %1 行：“%2”的 VTIMEZONE 没有给出时间变更的日期（没有 DTSTART）；已按其名称所指的时区 %3 读取。</translation>
    </message>
    <message>
        <source>Line %1: the time zone &quot;%2&quot; was read as %3, which gives the file&apos;s times as its VTIMEZONE does but differs from it on other dates of the same years.</source>
        <translation>第 %1 行：时区“%2”已读取为 %3；对文件中的时间两者一致，但在同一年份的其他日期与其 VTIMEZONE 不同。</translation>
    </message>
    <message>
        <source>Line %1: the time zone &quot;%2&quot; matches no known zone; its times were read as UTC.</source>
        <translation>第 %1 行：时区“%2”与任何已知时区都不符；其时间已按 UTC 读取。</translation>
    </message>
    <message>
        <source>Line %1: the time zone &quot;%2&quot; matches no known zone; its times were read at the fixed offset %3 (%4), without daylight saving time.</source>
        <translation>第 %1 行：时区“%2”与任何已知时区都不符；其时间已按固定偏移 %3（%4）读取，不含夏令时。</translation>
    </message>
    <message>
        <source>Line %1: %2 has no value; it was ignored.</source>
        <translation>第 %1 行：%2 没有值；已忽略。</translation>
    </message>
    <message>
        <source>Line %1: %2 &quot;%3&quot; is not a date or a time; it was ignored.</source>
        <translation>第 %1 行：%2“%3”不是日期或时间；已忽略。</translation>
    </message>
    <message>
        <source>Line %1: %2 &quot;%3&quot; is not written as RFC 5545 asks; it was read as %4.</source>
        <translation>第 %1 行：%2“%3”的写法不符合 RFC 5545；已读取为 %4。</translation>
    </message>
    <message>
        <source>Line %1: %2 should be in UTC; it was read as %3.</source>
        <translation>第 %1 行：%2 应为 UTC 时间；已读取为 %3。</translation>
    </message>
</context>
<context>
    <name>IcsWriter</name>
    <message>
        <source>Reminder</source>
        <translation>提醒</translation>
    </message>
</context>
<context>
    <name>ImportColumns</name>
    <message>
        <source>unknown field &apos;%1&apos; for %2; fields: %3</source>
        <translation>%2 中没有字段“%1”；可用字段：%3</translation>
    </message>
    <message>
        <source>the file has no column &apos;%1&apos; (mapped to the field &apos;%2&apos;); its columns are: %3</source>
        <translation>文件中没有列“%1”（映射到字段“%2”）；文件的列有：%3</translation>
    </message>
    <message>
        <source>no column of the file matches a field of %1; map them with --map field=column (columns: %2; fields: %3)</source>
        <translation>文件中没有与 %1 的字段匹配的列；请用 --map field=column 进行映射（列：%2；字段：%3）</translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message>
        <source>What the file holds: %1.</source>
        <translation>文件包含的记录类型：%1。</translation>
    </message>
    <message>
        <source>Check everything and print the report, but store nothing.</source>
        <translation>检查全部内容并输出报告，但不存储任何内容。</translation>
    </message>
    <message>
        <source>List the fields of TYPE and exit.</source>
        <translation>列出 TYPE 的字段后退出。</translation>
    </message>
    <message>
        <source>import needs a record type (%1) and a file</source>
        <translation>import 需要记录类型（%1）和文件</translation>
    </message>
    <message>
        <source>import needs the file to read</source>
        <translation>import 需要指定要读取的文件</translation>
    </message>
    <message>
        <source>import reads one file at a time</source>
        <translation>import 一次只能读取一个文件</translation>
    </message>
    <message>
        <source>vCard files hold contacts: use import contacts %1</source>
        <translation>vCard 文件包含的是联系人：请使用 import contacts %1</translation>
    </message>
    <message>
        <source>--map and --value-map apply to CSV files only</source>
        <translation>--map 和 --value-map 仅适用于 CSV 文件</translation>
    </message>
    <message>
        <source>unknown field &apos;%1&apos; for %2; fields: %3</source>
        <translation>%2 中没有字段“%1”；可用字段：%3</translation>
    </message>
    <message>
        <source>--map expects field=column, not &apos;%1&apos;</source>
        <translation>--map 应为 field=column 格式，而不是“%1”</translation>
    </message>
    <message>
        <source>--value-map expects field:source=target, not &apos;%1&apos;</source>
        <translation>--value-map 应为 field:source=target 格式，而不是“%1”</translation>
    </message>
    <message>
        <source>A CSV file (UTF-8, header row), a vCard file (.vcf) of contacts, or an iCalendar file (.ics) for calendar.</source>
        <translation>CSV 文件（UTF-8，带标题行）、联系人的 vCard 文件（.vcf），或用于 calendar 的 iCalendar 文件（.ics）。</translation>
    </message>
    <message>
        <source>import accounts, contacts or users from CSV, contacts from vCard, or a calendar from iCalendar</source>
        <translation>从 CSV 导入客户、联系人或用户，从 vCard 导入联系人，或从 iCalendar 导入日历</translation>
    </message>
    <message>
        <source>Read FIELD from the column COLUMN (repeatable); by default a field reads the column of the same name; FIELD= leaves it out.</source>
        <translation>从列 COLUMN 读取字段 FIELD（可重复）；默认情况下，字段读取同名的列；FIELD= 表示不导入该字段。</translation>
    </message>
    <message>
        <source>Store TARGET where FIELD says SOURCE, e.g. industry:technolgy=Technology (repeatable); the SOURCE * stands for every other value that is not empty.</source>
        <translation>当 FIELD 的值为 SOURCE 时存储为 TARGET，例如 industry:technolgy=Technology（可重复）；SOURCE 为 * 时代表其他所有非空值。</translation>
    </message>
</context>
<context>
    <name>ImportReferences</name>
    <message>
        <source>%1 &apos;%2&apos; does not match any user</source>
        <translation>%1 的值“%2”与任何用户都不匹配</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; does not match any account</source>
        <translation>%1 的值“%2”与任何客户都不匹配</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; matches %3 users; rename them to tell them apart</source>
        <translation>%1 的值“%2”匹配到 %3 个用户；请重命名以加以区分</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; matches %3 accounts; use external ids to tell them apart</source>
        <translation>%1 的值“%2”匹配到 %3 个客户；请使用外部 ID 加以区分</translation>
    </message>
</context>
<context>
    <name>ImportSchema</name>
    <message>
        <source>account name (needed for new accounts)</source>
        <translation>客户名称（新建客户时必填）</translation>
    </message>
    <message>
        <source>industry (picklist; use --value-map to fix spellings)</source>
        <translation>行业（选项列表；可用 --value-map 修正拼写）</translation>
    </message>
    <message>
        <source>web address</source>
        <translation>网址</translation>
    </message>
    <message>
        <source>main phone number</source>
        <translation>主要电话号码</translation>
    </message>
    <message>
        <source>id in the source system; re-imports update by it</source>
        <translation>源系统中的 ID；重新导入时据此更新</translation>
    </message>
    <message>
        <source>owner, matched by user name</source>
        <translation>负责人，按用户名匹配</translation>
    </message>
    <message>
        <source>city</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>country</source>
        <translation>国家/地区</translation>
    </message>
    <message>
        <source>annual revenue, a decimal amount in `currency`</source>
        <translation>年收入，以 `currency` 计的十进制金额</translation>
    </message>
    <message>
        <source>ISO 4217 code of the revenue (default USD)</source>
        <translation>年收入的 ISO 4217 货币代码（默认 USD）</translation>
    </message>
    <message>
        <source>number of employees</source>
        <translation>员工人数</translation>
    </message>
    <message>
        <source>tags separated by &apos;;&apos; or &apos;,&apos;</source>
        <translation>标签，以“;”或“,”分隔</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>parent account, matched by name (may be later in the file)</source>
        <translation>上级客户，按名称匹配（可以出现在文件的后面）</translation>
    </message>
    <message>
        <source>street address</source>
        <translation>街道地址</translation>
    </message>
    <message>
        <source>state, province or region</source>
        <translation>州、省或地区</translation>
    </message>
    <message>
        <source>postal code</source>
        <translation>邮政编码</translation>
    </message>
    <message>
        <source>external id of the parent account; when given, used instead of parent</source>
        <translation>上级客户的外部 ID；提供时将代替 parent 使用</translation>
    </message>
    <message>
        <source>first (given) name</source>
        <translation>名字</translation>
    </message>
    <message>
        <source>last (family) name</source>
        <translation>姓氏</translation>
    </message>
    <message>
        <source>primary e-mail; contacts without external id are matched by it</source>
        <translation>主要电子邮件；没有外部 ID 的联系人按它匹配</translation>
    </message>
    <message>
        <source>work phone number</source>
        <translation>工作电话号码</translation>
    </message>
    <message>
        <source>job title</source>
        <translation>职位</translation>
    </message>
    <message>
        <source>account (company), matched by name</source>
        <translation>客户（公司），按名称匹配</translation>
    </message>
    <message>
        <source>mobile phone number</source>
        <translation>手机号码</translation>
    </message>
    <message>
        <source>do-not-call flag: yes/no, true/false, 1/0</source>
        <translation>请勿致电标记：yes/no、true/false、1/0</translation>
    </message>
    <message>
        <source>birthday as YYYY-MM-DD</source>
        <translation>生日，格式为 YYYY-MM-DD</translation>
    </message>
    <message>
        <source>external id of the account; when given, used instead of account</source>
        <translation>客户的外部 ID；提供时将代替 account 使用</translation>
    </message>
    <message>
        <source>user name; users are matched by it</source>
        <translation>用户名；用户按它匹配</translation>
    </message>
    <message>
        <source>e-mail address</source>
        <translation>电子邮件地址</translation>
    </message>
    <message>
        <source>rep, manager or admin (default rep)</source>
        <translation>rep（销售代表）、manager（经理）或 admin（管理员）（默认 rep）</translation>
    </message>
    <message>
        <source>manager, matched by user name (may be later in the file)</source>
        <translation>经理，按用户名匹配（可以出现在文件的后面）</translation>
    </message>
    <message>
        <source>team name</source>
        <translation>团队名称</translation>
    </message>
    <message>
        <source>unknown record type &apos;%1&apos;; available: %2</source>
        <translation>未知的记录类型“%1”；可用类型：%2</translation>
    </message>
    <message>
        <source>company; converting the lead finds or creates this account</source>
        <translation>公司；转化线索时会查找或创建该客户</translation>
    </message>
    <message>
        <source>e-mail; leads without external id are matched by it</source>
        <translation>电子邮件；没有外部 ID 的线索按此匹配</translation>
    </message>
    <message>
        <source>phone number</source>
        <translation>电话号码</translation>
    </message>
    <message>
        <source>where the lead came from, e.g. Web, Trade fair, Referral</source>
        <translation>线索的来源，例如网站、展会、推荐</translation>
    </message>
    <message>
        <source>new, working, qualified or disqualified (default new)</source>
        <translation>new（新建）、working（跟进中）、qualified（已确认合格）或 disqualified（已取消资格）（默认 new）</translation>
    </message>
    <message>
        <source>hot, warm, cold or empty</source>
        <translation>hot（热）、warm（温）、cold（冷）或留空</translation>
    </message>
    <message>
        <source>why the lead is disqualified (needed with that status)</source>
        <translation>线索被取消资格的原因（该状态下必填）</translation>
    </message>
    <message>
        <source>full name, split into first and last name when the file has neither</source>
        <translation>全名；文件中既没有名也没有姓时，会拆分为名和姓</translation>
    </message>
    <message>
        <source>product name (needed for new products)</source>
        <translation>产品名称（新产品必填）</translation>
    </message>
    <message>
        <source>article number, unique; products without external id are matched by it</source>
        <translation>货号，唯一；没有外部 ID 的产品按货号匹配</translation>
    </message>
    <message>
        <source>product family</source>
        <translation>产品系列</translation>
    </message>
    <message>
        <source>unit price, a decimal amount in `currency`, set in the price list</source>
        <translation>单价，以 `currency` 计的小数金额，写入价目表</translation>
    </message>
    <message>
        <source>description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>unit of measure, e.g. pcs, h, licence</source>
        <translation>计量单位，例如 pcs、h、licence</translation>
    </message>
    <message>
        <source>offered for new quotes: yes/no (default yes)</source>
        <translation>可用于新报价单：yes/no（默认 yes）</translation>
    </message>
    <message>
        <source>tax category, e.g. standard, reduced</source>
        <translation>税类，例如 standard、reduced</translation>
    </message>
    <message>
        <source>tax rate in percent, e.g. 19 or 7.5</source>
        <translation>税率（百分比），例如 19 或 7.5</translation>
    </message>
    <message>
        <source>price list of the unit price (default &quot;List prices &lt;currency&gt;&quot;)</source>
        <translation>单价所属的价目表（默认“List prices &lt;货币&gt;”）</translation>
    </message>
    <message>
        <source>the unit price applies from this quantity up (quantity breaks; default 0)</source>
        <translation>单价自此数量起适用（数量阶梯价；默认 0）</translation>
    </message>
    <message>
        <source>opportunity name (needed for new opportunities)</source>
        <translation>商机名称（新商机必填）</translation>
    </message>
    <message>
        <source>pipeline name (default: the opportunity&apos;s, or the first for a new one)</source>
        <translation>销售流程名称（默认：商机当前的销售流程；新商机为第一个销售流程）</translation>
    </message>
    <message>
        <source>stage key or name, e.g. proposal or Negotiation (default: the first stage)</source>
        <translation>阶段键或名称，例如 proposal 或 谈判（默认：第一个阶段）</translation>
    </message>
    <message>
        <source>ISO 4217 code (default: the reporting currency)</source>
        <translation>ISO 4217 货币代码（默认：报告货币）</translation>
    </message>
    <message>
        <source>win probability in percent (default: the stage&apos;s)</source>
        <translation>赢单概率（百分比；默认：所在阶段的赢单概率）</translation>
    </message>
    <message>
        <source>product SKU or name: adds a product line (one row per product)</source>
        <translation>产品 SKU 或名称：添加一个产品行（每个产品一行）</translation>
    </message>
    <message>
        <source>quantity of `product` (default 1)</source>
        <translation>`product` 的数量（默认 1）</translation>
    </message>
    <message>
        <source>unit price of `product` in `currency` (default: from the price list)</source>
        <translation>`product` 以 `currency` 计的单价（默认：取自价目表）</translation>
    </message>
    <message>
        <source>the account&apos;s external id, instead of its name</source>
        <translation>客户的外部 ID，用于代替客户名称</translation>
    </message>
    <message>
        <source>next step</source>
        <translation>下一步</translation>
    </message>
    <message>
        <source>competitors, separated by commas</source>
        <translation>竞争对手，以逗号分隔</translation>
    </message>
    <message>
        <source>Account name</source>
        <translation>客户名称</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>行业</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>网站</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>External ID</source>
        <translation>外部 ID</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国家/地区</translation>
    </message>
    <message>
        <source>Annual revenue</source>
        <translation>年收入</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>货币</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>员工人数</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Parent account</source>
        <translation>上级客户</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>街道</translation>
    </message>
    <message>
        <source>State or region</source>
        <translation>省/州/地区</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>邮政编码</translation>
    </message>
    <message>
        <source>Parent account’s external ID</source>
        <translation>上级客户的外部 ID</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>名</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>姓</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>Work phone</source>
        <translation>工作电话</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>职位</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Mobile phone</source>
        <translation>手机</translation>
    </message>
    <message>
        <source>Do not call</source>
        <translation>请勿致电</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>生日</translation>
    </message>
    <message>
        <source>Account’s external ID</source>
        <translation>客户的外部 ID</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>经理</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>团队</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>评级</translation>
    </message>
    <message>
        <source>Disqualification reason</source>
        <translation>取消资格原因</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>全名</translation>
    </message>
    <message>
        <source>Product name</source>
        <translation>产品名称</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU（货号）</translation>
    </message>
    <message>
        <source>Product family</source>
        <translation>产品系列</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>单价</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>在售</translation>
    </message>
    <message>
        <source>Tax category</source>
        <translation>税类</translation>
    </message>
    <message>
        <source>Tax rate (%)</source>
        <translation>税率 (%)</translation>
    </message>
    <message>
        <source>Price list</source>
        <translation>价目表</translation>
    </message>
    <message>
        <source>Minimum quantity</source>
        <translation>最低数量</translation>
    </message>
    <message>
        <source>Opportunity name</source>
        <translation>商机名称</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>销售流程</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Close date</source>
        <translation>预计成交日期</translation>
    </message>
    <message>
        <source>Probability (%)</source>
        <translation>赢单概率 (%)</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>下一步</translation>
    </message>
    <message>
        <source>Close reason</source>
        <translation>结单原因</translation>
    </message>
    <message>
        <source>Competitors</source>
        <translation>竞争对手</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation>%1或%2</translation>
    </message>
    <message>
        <source>Choose a column for %1: every new record needs it, so without it each row would be refused.</source>
        <translation>请为%1选择一列：每条新记录都需要它，否则每一行都会被拒绝。</translation>
    </message>
    <message>
        <source>Choose columns for %1: every new record needs them, so without them each row would be refused.</source>
        <translation>请为%1选择列：每条新记录都需要它们，否则每一行都会被拒绝。</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>whose quota it is, matched by user name</source>
        <translation>配额所属的用户，按用户名匹配</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <source>a month (2027-04), fiscal quarter (FY2027-Q1) or fiscal year (FY2027)</source>
        <translation>月份（2027-04）、财季（FY2027-Q1）或财年（FY2027）</translation>
    </message>
    <message>
        <source>the quota, a decimal in `currency`</source>
        <translation>配额，以 `currency` 计的十进制金额</translation>
    </message>
    <message>
        <source>whose own plan it is, matched by user name (or give team)</source>
        <translation>方案所属的个人，按用户名匹配（或改为指定 team）</translation>
    </message>
    <message>
        <source>Team (its manager)</source>
        <translation>团队（其经理）</translation>
    </message>
    <message>
        <source>the manager whose team the plan is for, by user name: everyone below them without a plan of their own</source>
        <translation>方案所适用团队的经理，按用户名匹配：适用于其所有没有个人方案的下属</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>生效日期</translation>
    </message>
    <message>
        <source>the first day the plan applies (ISO date)</source>
        <translation>方案生效的第一天（ISO 日期）</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>佣金比例</translation>
    </message>
    <message>
        <source>percent of won net amount, up to two decimals (5.5)</source>
        <translation>赢单净额的百分比，最多两位小数（如 5.5）</translation>
    </message>
    <message>
        <source>Family rates</source>
        <translation>产品系列比例</translation>
    </message>
    <message>
        <source>rates of product families, such as Hardware=5;Services=8</source>
        <translation>各产品系列的佣金比例，例如 Hardware=5;Services=8</translation>
    </message>
    <message>
        <source>Accelerator</source>
        <translation>加速系数</translation>
    </message>
    <message>
        <source>multiplier of the rate above quota, such as 1.5 (empty: none)</source>
        <translation>超出配额后佣金比例的乘数，例如 1.5（留空：无）</translation>
    </message>
    <message>
        <source>ISO 4217 code of the unit price (default: the reporting currency)</source>
        <translation>单价的 ISO 4217 货币代码（默认：报告货币）</translation>
    </message>
    <message>
        <source>account, matched by name (one without needs attention)</source>
        <translation>客户，按名称匹配（没有客户的商机将被标记为需要关注）</translation>
    </message>
    <message>
        <source>amount, a decimal in `currency` (ignored while the opportunity has product lines; needed for a new won one without)</source>
        <translation>金额，以 `currency` 计的十进制金额（商机有产品行时忽略；没有产品行的新赢单商机必填）</translation>
    </message>
    <message>
        <source>expected close date, YYYY-MM-DD (an open opportunity without one needs attention; won or lost without one: closed today)</source>
        <translation>预计成交日期，格式为 YYYY-MM-DD（进行中的商机若没有此日期，将被标记为需要关注；已赢单或丢单的商机若没有此日期，则以今天为结单日期）</translation>
    </message>
    <message>
        <source>Opened on</source>
        <translation>创建日期</translation>
    </message>
    <message>
        <source>the day the deal was opened, YYYY-MM-DD: a new opportunity&apos;s history starts then</source>
        <translation>商机的创建日期，格式为 YYYY-MM-DD：新商机的历史记录从这一天开始</translation>
    </message>
    <message>
        <source>why it was won or lost (a lost one without needs attention)</source>
        <translation>赢单或丢单的原因（丢单商机若没有原因，将被标记为需要关注）</translation>
    </message>
</context>
<context>
    <name>Industry</name>
    <message>
        <source>Software</source>
        <translation>软件</translation>
    </message>
    <message>
        <source>IT Services</source>
        <translation>IT 服务</translation>
    </message>
    <message>
        <source>Telecommunications</source>
        <translation>电信</translation>
    </message>
    <message>
        <source>Electronics</source>
        <translation>电子</translation>
    </message>
    <message>
        <source>Industrial Machinery</source>
        <translation>工业机械</translation>
    </message>
    <message>
        <source>Automotive</source>
        <translation>汽车</translation>
    </message>
    <message>
        <source>Aerospace</source>
        <translation>航空航天</translation>
    </message>
    <message>
        <source>Chemicals</source>
        <translation>化工</translation>
    </message>
    <message>
        <source>Pharmaceuticals</source>
        <translation>制药</translation>
    </message>
    <message>
        <source>Medical Devices</source>
        <translation>医疗器械</translation>
    </message>
    <message>
        <source>Healthcare</source>
        <translation>医疗保健</translation>
    </message>
    <message>
        <source>Biotechnology</source>
        <translation>生物技术</translation>
    </message>
    <message>
        <source>Banking</source>
        <translation>银行</translation>
    </message>
    <message>
        <source>Insurance</source>
        <translation>保险</translation>
    </message>
    <message>
        <source>Financial Services</source>
        <translation>金融服务</translation>
    </message>
    <message>
        <source>Real Estate</source>
        <translation>房地产</translation>
    </message>
    <message>
        <source>Construction</source>
        <translation>建筑</translation>
    </message>
    <message>
        <source>Engineering</source>
        <translation>工程</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>能源</translation>
    </message>
    <message>
        <source>Utilities</source>
        <translation>公用事业</translation>
    </message>
    <message>
        <source>Oil &amp; Gas</source>
        <translation>石油和天然气</translation>
    </message>
    <message>
        <source>Mining</source>
        <translation>采矿</translation>
    </message>
    <message>
        <source>Agriculture</source>
        <translation>农业</translation>
    </message>
    <message>
        <source>Food &amp; Beverage</source>
        <translation>食品饮料</translation>
    </message>
    <message>
        <source>Retail</source>
        <translation>零售</translation>
    </message>
    <message>
        <source>Wholesale Trade</source>
        <translation>批发贸易</translation>
    </message>
    <message>
        <source>Consumer Goods</source>
        <translation>消费品</translation>
    </message>
    <message>
        <source>Textiles &amp; Apparel</source>
        <translation>纺织服装</translation>
    </message>
    <message>
        <source>Transportation &amp; Logistics</source>
        <translation>交通物流</translation>
    </message>
    <message>
        <source>Hospitality</source>
        <translation>酒店餐饮</translation>
    </message>
    <message>
        <source>Media &amp; Entertainment</source>
        <translation>传媒娱乐</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>教育</translation>
    </message>
    <message>
        <source>Professional Services</source>
        <translation>专业服务</translation>
    </message>
    <message>
        <source>Legal Services</source>
        <translation>法律服务</translation>
    </message>
    <message>
        <source>Environmental Services</source>
        <translation>环保服务</translation>
    </message>
    <message>
        <source>Packaging</source>
        <translation>包装</translation>
    </message>
    <message>
        <source>Furniture</source>
        <translation>家具</translation>
    </message>
    <message>
        <source>Printing &amp; Publishing</source>
        <translation>印刷出版</translation>
    </message>
    <message>
        <source>Manufacturing</source>
        <translation>制造业</translation>
    </message>
    <message>
        <source>Non-Profit</source>
        <translation>非营利组织</translation>
    </message>
</context>
<context>
    <name>InitCommand</name>
    <message>
        <source>init takes no arguments</source>
        <translation>init 不接受参数</translation>
    </message>
    <message>
        <source>The database %1 is ready (schema %2).</source>
        <translation>数据库 %1 已就绪（架构版本 %2）。</translation>
    </message>
    <message>
        <source>Created the database %1 (schema %2).</source>
        <translation>已创建数据库 %1（架构版本 %2）。</translation>
    </message>
    <message>
        <source>create the database, or bring an existing one up to date</source>
        <translation>创建数据库，或将现有数据库升级到最新版本</translation>
    </message>
    <message>
        <source>The server store %1 is ready (schema %2).</source>
        <translation>服务器存储 %1 已就绪（架构版本 %2）。</translation>
    </message>
    <message>
        <source>create the server store, or bring an existing one up to date</source>
        <translation>创建服务器存储，或将现有存储升级到最新</translation>
    </message>
</context>
<context>
    <name>InputFile</name>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>文件 %1 不存在。</translation>
    </message>
    <message>
        <source>%1 is a folder, not a file.</source>
        <translation>%1 是文件夹，而不是文件。</translation>
    </message>
    <message>
        <source>The file %1 cannot be read: %2</source>
        <translation>无法读取文件 %1：%2</translation>
    </message>
</context>
<context>
    <name>JsonReader</name>
    <message>
        <source>unknown field %1</source>
        <translation>未知字段 %1</translation>
    </message>
    <message>
        <source>%1 is missing</source>
        <translation>缺少 %1</translation>
    </message>
    <message>
        <source>%1 must be a string</source>
        <translation>%1 必须是字符串</translation>
    </message>
    <message>
        <source>%1 is longer than %2 characters</source>
        <translation>%1 超过了 %2 个字符</translation>
    </message>
    <message>
        <source>%1 must be a whole number from %2 to %3</source>
        <translation>%1 必须是 %2 到 %3 之间的整数</translation>
    </message>
    <message>
        <source>%1 must be true or false</source>
        <translation>%1 必须是 true 或 false</translation>
    </message>
    <message>
        <source>%1 must be an object</source>
        <translation>%1 必须是对象</translation>
    </message>
    <message>
        <source>%1 must be an array</source>
        <translation>%1 必须是数组</translation>
    </message>
    <message>
        <source>%1 has more than %2 entries</source>
        <translation>%1 的条目超过了 %2 个</translation>
    </message>
    <message>
        <source>The request is %1 bytes; at most %2 are accepted.</source>
        <translation>请求大小为 %1 字节；最多接受 %2 字节。</translation>
    </message>
    <message>
        <source>The request is not valid JSON at byte %1: %2</source>
        <translation>请求在第 %1 字节处不是有效的 JSON：%2</translation>
    </message>
    <message>
        <source>The request must be a JSON object.</source>
        <translation>请求必须是一个 JSON 对象。</translation>
    </message>
    <message>
        <source>%1 must be one of %2</source>
        <translation>%1 必须是以下之一：%2</translation>
    </message>
    <message>
        <source>%1 has more than %2 fields</source>
        <translation>%1 的字段超过了 %2 个</translation>
    </message>
    <message>
        <source>%1 has a field name that is empty or too long</source>
        <translation>%1 中有字段名为空或过长</translation>
    </message>
    <message>
        <source>%1 must be text, a number, true, false or null</source>
        <translation>%1 必须是文本、数字、true、false 或 null</translation>
    </message>
    <message>
        <source>%1 must list field names</source>
        <translation>%1 必须列出字段名</translation>
    </message>
    <message>
        <source>user and client_id must not be empty</source>
        <translation>user 和 client_id 不能为空</translation>
    </message>
</context>
<context>
    <name>Lead</name>
    <message>
        <source>New</source>
        <translation>新建</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>跟进中</translation>
    </message>
    <message>
        <source>Qualified</source>
        <translation>已确认合格</translation>
    </message>
    <message>
        <source>Disqualified</source>
        <translation>已取消资格</translation>
    </message>
    <message>
        <source>Converted</source>
        <translation>已转化</translation>
    </message>
    <message>
        <source>Not rated</source>
        <translation>未评级</translation>
    </message>
    <message>
        <source>Hot</source>
        <translation>热</translation>
    </message>
    <message>
        <source>Warm</source>
        <translation>温</translation>
    </message>
    <message>
        <source>Cold</source>
        <translation>冷</translation>
    </message>
</context>
<context>
    <name>LeadAssignment</name>
    <message>
        <source>The team “%1” has no active reps to give leads to; check the users’ team and role.</source>
        <translation>团队“%1”中没有可接收线索的启用的销售代表；请检查用户的团队和角色。</translation>
    </message>
</context>
<context>
    <name>LeadConversion</name>
    <message>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <comment>opportunity of a converted lead: company – person</comment>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Account of the contact with this e-mail</source>
        <translation>使用此电子邮件的联系人所属的客户</translation>
    </message>
    <message>
        <source>Same name</source>
        <translation>名称相同</translation>
    </message>
    <message>
        <source>Same e-mail</source>
        <translation>电子邮件相同</translation>
    </message>
    <message>
        <source>Website matches the e-mail domain</source>
        <translation>网站与电子邮件域名匹配</translation>
    </message>
    <message>
        <source>Same phone</source>
        <translation>电话相同</translation>
    </message>
    <message>
        <source>Similar name</source>
        <translation>名称相似</translation>
    </message>
    <message>
        <source>The lead no longer exists.</source>
        <translation>该线索已不存在。</translation>
    </message>
    <message>
        <source>The account chosen for %1 no longer exists; choose another one or create a new one.</source>
        <translation>为 %1 选择的客户已不存在；请选择其他客户或新建客户。</translation>
    </message>
    <message>
        <source>%1 has no company: enter it on the lead or choose an existing account.</source>
        <translation>%1 没有公司：请在线索中填写公司，或选择已有客户。</translation>
    </message>
    <message>
        <source>The contact chosen for %1 no longer exists; choose another one or create a new one.</source>
        <translation>为 %1 选择的联系人已不存在；请选择其他联系人或新建联系人。</translation>
    </message>
    <message>
        <source>%1 was already converted.</source>
        <translation>%1 已转化过。</translation>
    </message>
    <message>
        <source>%1 is disqualified; set it back to working or qualified before converting it.</source>
        <translation>%1 已被取消资格；请先将其改回跟进中或已确认合格，再进行转化。</translation>
    </message>
    <message>
        <source>Lead source: %1</source>
        <translation>线索来源：%1</translation>
    </message>
</context>
<context>
    <name>LeadImportWriter</name>
    <message>
        <source>e-mail &apos;%1&apos; matches %2 leads; add external ids to tell them apart</source>
        <translation>电子邮件“%1”匹配到 %2 条线索；请添加外部 ID 以区分它们</translation>
    </message>
    <message>
        <source>status &apos;converted&apos; cannot be imported; convert the lead in Fieldbook instead</source>
        <translation>无法导入状态“converted”；请改为在 Fieldbook 中转化线索</translation>
    </message>
    <message>
        <source>status &apos;%1&apos; is not one of new, working, qualified, disqualified</source>
        <translation>状态“%1”不是 new、working、qualified、disqualified 之一</translation>
    </message>
    <message>
        <source>rating &apos;%1&apos; is not one of hot, warm, cold (or empty)</source>
        <translation>评级“%1”不是 hot、warm、cold 之一（也可留空）</translation>
    </message>
</context>
<context>
    <name>LeadRepository</name>
    <message>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <source>%1 was converted and can no longer be changed; change its account, contact or opportunity instead.</source>
        <translation>%1 已转化，不能再更改；请改为更改其客户、联系人或商机。</translation>
    </message>
    <message>
        <source>The lead no longer exists.</source>
        <translation>该线索已不存在。</translation>
    </message>
    <message>
        <source>A lead needs a person’s name: a first or a last name.</source>
        <translation>线索需要填写人名：名或姓。</translation>
    </message>
    <message>
        <source>“%1” is not a valid e-mail address.</source>
        <translation>“%1”不是有效的电子邮件地址。</translation>
    </message>
    <message>
        <source>The phone number “%1” is not valid: %2</source>
        <translation>电话号码“%1”无效：%2</translation>
    </message>
    <message>
        <source>Say why the lead is disqualified.</source>
        <translation>请说明取消该线索资格的原因。</translation>
    </message>
    <message>
        <source>Another lead already has the external id %1.</source>
        <translation>另一条线索已使用外部 ID %1。</translation>
    </message>
    <message>
        <source>The lead was deleted; restore it before editing.</source>
        <translation>该线索已被删除；请先恢复再编辑。</translation>
    </message>
    <message>
        <source>A lead becomes converted only by converting it (Convert…).</source>
        <translation>线索只能通过转化操作（转化…）变为已转化。</translation>
    </message>
    <message>
        <source>%1 is no longer an active user and cannot take leads.</source>
        <translation>%1 已不是启用的用户，无法接收线索。</translation>
    </message>
    <message>
        <source>%1 is disqualified; set it back to working or qualified before converting it.</source>
        <translation>%1 已被取消资格；请先将其改回跟进中或已确认合格，再进行转化。</translation>
    </message>
</context>
<context>
    <name>LeadSource</name>
    <message>
        <source>Web</source>
        <translation>网站</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>推荐</translation>
    </message>
    <message>
        <source>Trade fair</source>
        <translation>展会</translation>
    </message>
    <message>
        <source>Cold call</source>
        <translation>陌生电话</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>合作伙伴</translation>
    </message>
    <message>
        <source>Advertisement</source>
        <translation>广告</translation>
    </message>
    <message>
        <source>Social media</source>
        <translation>社交媒体</translation>
    </message>
</context>
<context>
    <name>LeadWorkflow</name>
    <message>
        <source>%1 Some were refused: %2</source>
        <translation>%1 部分被拒绝：%2</translation>
    </message>
    <message numerus="yes">
        <source>%n lead(s)</source>
        <translation>
            <numerusform>%n 条线索</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <source>the lead</source>
        <translation>该线索</translation>
    </message>
    <message>
        <source>%1 is qualified.</source>
        <translation>%1 已确认合格。</translation>
    </message>
    <message numerus="yes">
        <source>%n lead(s) qualified.</source>
        <translation>
            <numerusform>%n 条线索已确认合格。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is disqualified: %2</source>
        <translation>%1 已被取消资格：%2</translation>
    </message>
    <message numerus="yes">
        <source>%n lead(s) disqualified: %1</source>
        <translation>
            <numerusform>%n 条线索已被取消资格：%1</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” was already converted.</source>
        <translation>“%1”已转化过。</translation>
    </message>
    <message>
        <source>“%1” is disqualified; set its status back to working or qualified to convert it.</source>
        <translation>“%1”已被取消资格；请将其状态改回跟进中或已确认合格后再转化。</translation>
    </message>
    <message>
        <source>“%1” is converted; the new account “%2” was created.</source>
        <translation>“%1”已转化；已创建新客户“%2”。</translation>
    </message>
    <message>
        <source>“%1” is converted into the existing account “%2”.</source>
        <translation>“%1”已转化到已有客户“%2”。</translation>
    </message>
    <message>
        <source>%1 assigned to %2.</source>
        <translation>%1 已分配给 %2。</translation>
    </message>
    <message>
        <source>No team has active reps yet. Give users a team and the rep role (for example by importing users with a team column), then assign again.</source>
        <translation>还没有团队拥有启用的销售代表。请为用户指定团队并授予销售代表角色（例如导入带有 team 列的用户），然后重新分配。</translation>
    </message>
    <message numerus="yes">
        <source>%n lead(s) assigned in turn to %1.</source>
        <translation>
            <numerusform>%n 条线索已轮流分配给 %1。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LocalOnlyRecords</name>
    <message>
        <source>The backup %1 already exists.</source>
        <translation>备份 %1 已存在。</translation>
    </message>
    <message>
        <source>Could not back up the store to %1: %2</source>
        <translation>无法将存储备份到 %1：%2</translation>
    </message>
</context>
<context>
    <name>LogActions</name>
    <message>
        <source>Log &amp;call</source>
        <translation>记录通话(&amp;C)</translation>
    </message>
    <message>
        <source>Log mee&amp;ting</source>
        <translation>记录会议(&amp;T)</translation>
    </message>
    <message>
        <source>Add n&amp;ote</source>
        <translation>添加备注(&amp;O)</translation>
    </message>
</context>
<context>
    <name>LossReason</name>
    <message>
        <source>Price too high</source>
        <translation>价格过高</translation>
    </message>
    <message>
        <source>Chose a competitor</source>
        <translation>选择了竞争对手</translation>
    </message>
    <message>
        <source>No budget this year</source>
        <translation>今年没有预算</translation>
    </message>
    <message>
        <source>No decision</source>
        <translation>未做决定</translation>
    </message>
    <message>
        <source>Project cancelled</source>
        <translation>项目取消</translation>
    </message>
    <message>
        <source>Timing</source>
        <translation>时机不合适</translation>
    </message>
    <message>
        <source>Missing features</source>
        <translation>缺少功能</translation>
    </message>
</context>
<context>
    <name>Opportunity</name>
    <message>
        <source>It has no account yet.</source>
        <translation>尚未关联客户。</translation>
    </message>
    <message>
        <source>It has no expected close date.</source>
        <translation>没有预计成交日期。</translation>
    </message>
    <message>
        <source>It has no amount and no products.</source>
        <translation>没有金额，也没有产品。</translation>
    </message>
    <message>
        <source>It was lost, but the reason is missing.</source>
        <translation>已丢单，但缺少丢单原因。</translation>
    </message>
</context>
<context>
    <name>OpportunityImportWriter</name>
    <message>
        <source>product &apos;%1&apos; matches no SKU or product name</source>
        <translation>产品“%1”与任何 SKU 或产品名称都不匹配</translation>
    </message>
    <message>
        <source>product &apos;%1&apos; matches %2 products; use the SKU to tell them apart</source>
        <translation>产品“%1”匹配到 %2 个产品；请使用 SKU 加以区分</translation>
    </message>
    <message>
        <source>name is needed for a new opportunity</source>
        <translation>新商机必须有名称</translation>
    </message>
    <message>
        <source>pipeline &apos;%1&apos; matches no active pipeline</source>
        <translation>销售流程“%1”与任何已启用的销售流程都不匹配</translation>
    </message>
    <message>
        <source>the opportunity&apos;s pipeline &apos;%1&apos; is no longer active</source>
        <translation>商机的销售流程“%1”已停用</translation>
    </message>
    <message>
        <source>stage &apos;%1&apos; is not a stage of the pipeline %2 (%3)</source>
        <translation>阶段“%1”不是销售流程 %2 中的阶段（可用阶段：%3）</translation>
    </message>
    <message>
        <source>probability %1 is not between 0 and 100</source>
        <translation>赢单概率 %1 不在 0 到 100 之间</translation>
    </message>
    <message>
        <source>amount cannot be negative</source>
        <translation>金额不能为负数</translation>
    </message>
    <message>
        <source>product &apos;%1&apos; is no longer sold</source>
        <translation>产品“%1”已停售</translation>
    </message>
    <message>
        <source>quantity &apos;%1&apos; is not a number above zero</source>
        <translation>数量“%1”不是大于零的数字</translation>
    </message>
    <message>
        <source>unit_price cannot be negative</source>
        <translation>unit_price 不能为负数</translation>
    </message>
    <message>
        <source>&apos;%1&apos;</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <source>product &apos;%1&apos; matches no SKU or product name; did you mean %2?</source>
        <translation>产品“%1”与任何 SKU 或产品名称都不匹配；您是否指的是 %2？</translation>
    </message>
    <message>
        <source> or </source>
        <translation>或</translation>
    </message>
    <message>
        <source>amount is empty: a won opportunity needs the amount it was won for (or a product)</source>
        <translation>金额为空：已赢单的商机需要填写赢单金额（或添加产品）</translation>
    </message>
</context>
<context>
    <name>OpportunityLineRepository</name>
    <message>
        <source>The product line no longer exists.</source>
        <translation>该产品行已不存在。</translation>
    </message>
    <message>
        <source>The product lines add up to more than an amount can hold.</source>
        <translation>产品行的合计金额过大，超出了金额上限。</translation>
    </message>
    <message>
        <source>A product line needs a description.</source>
        <translation>产品行需要填写描述。</translation>
    </message>
    <message>
        <source>The opportunity was deleted.</source>
        <translation>该商机已被删除。</translation>
    </message>
    <message>
        <source>A product line cannot move to another opportunity.</source>
        <translation>产品行不能移到另一个商机。</translation>
    </message>
    <message>
        <source>%1 is no longer sold.</source>
        <translation>%1 已停售。</translation>
    </message>
</context>
<context>
    <name>OpportunityRepository</name>
    <message>
        <source>The opportunity no longer exists.</source>
        <translation>该商机已不存在。</translation>
    </message>
    <message>
        <source>An opportunity needs a name.</source>
        <translation>商机需要一个名称。</translation>
    </message>
    <message>
        <source>An opportunity belongs to an account; choose one.</source>
        <translation>商机必须属于一个客户，请选择客户。</translation>
    </message>
    <message>
        <source>The amount cannot be negative.</source>
        <translation>金额不能为负数。</translation>
    </message>
    <message>
        <source>The currency must be a three-letter ISO code such as EUR or CNY.</source>
        <translation>币种必须是三个字母的 ISO 代码，例如 EUR 或 CNY。</translation>
    </message>
    <message>
        <source>An opportunity needs an expected close date.</source>
        <translation>商机需要预计成交日期。</translation>
    </message>
    <message>
        <source>There is no pipeline &quot;%1&quot;.</source>
        <translation>没有名为“%1”的销售流程。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a stage of the pipeline %2.</source>
        <translation>“%1”不是销售流程 %2 中的阶段。</translation>
    </message>
    <message>
        <source>The probability must be between 0 and 100 %.</source>
        <translation>赢单概率必须在 0 到 100% 之间。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a forecast category.</source>
        <translation>“%1”不是预测类别。</translation>
    </message>
    <message>
        <source>Say why the opportunity was lost.</source>
        <translation>请说明丢单原因。</translation>
    </message>
    <message>
        <source>The account of this opportunity no longer exists.</source>
        <translation>该商机所属的客户已不存在。</translation>
    </message>
    <message>
        <source>The contact of this opportunity no longer exists.</source>
        <translation>该商机的联系人已不存在。</translation>
    </message>
    <message>
        <source>The opportunity was deleted; restore it before editing.</source>
        <translation>该商机已删除；请先恢复再编辑。</translation>
    </message>
    <message>
        <source>Another opportunity already has the external id &quot;%1&quot;.</source>
        <translation>另一个商机已使用外部 ID“%1”。</translation>
    </message>
    <message>
        <source>%1 cannot be won: its pipeline no longer exists.</source>
        <translation>%1 无法标记为赢单：其销售流程已不存在。</translation>
    </message>
</context>
<context>
    <name>PhoneNumber</name>
    <message>
        <source>“%1” has no country code. Type it with one (for example +49 30 1234567) or choose a default phone region in Settings.</source>
        <translation>“%1”没有国家代码。请带国家代码输入（例如 +49 30 1234567），或在“设置”中选择默认电话区域。</translation>
    </message>
    <message>
        <source>“%1” cannot be read as a phone number in %2.</source>
        <translation>“%1”无法识别为%2的电话号码。</translation>
    </message>
    <message>
        <source>“%1” starts with a country code that does not exist.</source>
        <translation>“%1”开头的国家代码不存在。</translation>
    </message>
    <message>
        <source>“%1” has too many digits for a phone number.</source>
        <translation>“%1”位数过多，不是有效的电话号码。</translation>
    </message>
    <message>
        <source>“%1” is not a phone number.</source>
        <translation>“%1”不是电话号码。</translation>
    </message>
    <message>
        <source>“%1” has too few digits for a phone number.</source>
        <translation>“%1”位数过少，不是有效的电话号码。</translation>
    </message>
    <message>
        <source>“%1” is a local number: add its area code.</source>
        <translation>“%1”是本地号码：请加上区号。</translation>
    </message>
    <message>
        <source>“%1” has too few digits for a number in %2.</source>
        <translation>“%1”位数过少，不是%2的有效号码。</translation>
    </message>
    <message>
        <source>“%1” has too many digits for a number in %2.</source>
        <translation>“%1”位数过多，不是%2的有效号码。</translation>
    </message>
    <message>
        <source>“%1” is not a valid number in %2.</source>
        <translation>“%1”不是%2的有效号码。</translation>
    </message>
    <message>
        <source>%1 (+%2)</source>
        <translation>%1（+%2）</translation>
    </message>
</context>
<context>
    <name>Pipeline</name>
    <message>
        <source>Standard sales</source>
        <translation>标准销售</translation>
    </message>
    <message>
        <source>Prospecting</source>
        <translation>潜在客户开发</translation>
    </message>
    <message>
        <source>Qualification</source>
        <translation>资格审核</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>方案报价</translation>
    </message>
    <message>
        <source>Negotiation</source>
        <translation>谈判</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>赢单</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>丢单</translation>
    </message>
    <message>
        <source>A pipeline needs a name.</source>
        <translation>销售流程需要一个名称。</translation>
    </message>
    <message>
        <source>There are two stages called &quot;%1&quot;.</source>
        <translation>有两个阶段都叫“%1”。</translation>
    </message>
    <message>
        <source>The probability of &quot;%1&quot; must be between 0 and 100 %.</source>
        <translation>“%1”的赢单概率必须在 0 到 100% 之间。</translation>
    </message>
    <message>
        <source>The open stage &quot;%1&quot; must come before Won and Lost.</source>
        <translation>进行中的阶段“%1”必须排在赢单和丢单之前。</translation>
    </message>
    <message>
        <source>The open stage &quot;%1&quot; must forecast as Pipeline, Best case or Commit.</source>
        <translation>进行中的阶段“%1”的预测类别必须是管道、最佳情况或承诺。</translation>
    </message>
    <message>
        <source>The won stage &quot;%1&quot; must be 100 % and forecast as Closed.</source>
        <translation>赢单阶段“%1”必须为 100%，预测类别为已成交。</translation>
    </message>
    <message>
        <source>The lost stage &quot;%1&quot; must be 0 % and forecast as Omitted.</source>
        <translation>丢单阶段“%1”必须为 0%，预测类别为不计入。</translation>
    </message>
    <message>
        <source>A pipeline needs at least one open stage.</source>
        <translation>销售流程至少需要一个进行中的阶段。</translation>
    </message>
    <message>
        <source>A pipeline needs exactly one Won and one Lost stage.</source>
        <translation>销售流程必须恰好有一个赢单阶段和一个丢单阶段。</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>管道</translation>
    </message>
    <message>
        <source>Best case</source>
        <translation>最佳情况</translation>
    </message>
    <message>
        <source>Commit</source>
        <translation>承诺</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已成交</translation>
    </message>
    <message>
        <source>Omitted</source>
        <translation>不计入</translation>
    </message>
    <message>
        <source>Stage %1 needs a name.</source>
        <translation>第 %1 个阶段需要名称。</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>进行中</translation>
    </message>
</context>
<context>
    <name>PipelineRepository</name>
    <message>
        <source>Only managers and admins change the pipelines.</source>
        <translation>只有经理和管理员可以更改销售流程。</translation>
    </message>
    <message>
        <source>There is already a pipeline called “%1”.</source>
        <translation>已存在名为“%1”的销售流程。</translation>
    </message>
    <message>
        <source>The pipeline “%1” no longer exists.</source>
        <translation>销售流程“%1”已不存在。</translation>
    </message>
    <message numerus="yes">
        <source>%n opportunities are still in the stage “%1”; move them to another stage before removing it.</source>
        <translation>
            <numerusform>仍有 %n 个商机处于阶段“%1”；请先将其移至其他阶段，再移除该阶段。</numerusform>
        </translation>
    </message>
    <message>
        <source>The standard pipeline is always available; rename it or change its stages instead.</source>
        <translation>标准销售流程始终可用；请改为重命名或更改其阶段。</translation>
    </message>
    <message>
        <source>The pipeline no longer exists.</source>
        <translation>该销售流程已不存在。</translation>
    </message>
    <message numerus="yes">
        <source>%n open opportunities are still in the pipeline “%1”; close them or move them to another pipeline first.</source>
        <translation>
            <numerusform>销售流程“%1”中仍有 %n 个进行中的商机；请先关闭这些商机，或将其移至其他销售流程。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProductChooser</name>
    <message>
        <source>The catalogue has no products yet; a manager adds them in Go › Products and price lists, or with File › Import.</source>
        <translation>产品目录中还没有产品；经理可在“转到 › 产品和价目表”中添加，或通过“文件 › 导入”导入。</translation>
    </message>
    <message>
        <source>Add a product</source>
        <translation>添加产品</translation>
    </message>
    <message>
        <source>&amp;Product:</source>
        <translation>产品(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Quantity:</source>
        <translation>数量(&amp;Q)：</translation>
    </message>
    <message>
        <source>No product matches “%1”.</source>
        <translation>没有与“%1”匹配的产品。</translation>
    </message>
    <message>
        <source>“%1” is not a quantity above zero.</source>
        <translation>“%1”不是大于零的数量。</translation>
    </message>
</context>
<context>
    <name>ProductImportWriter</name>
    <message>
        <source>the price list &apos;%1&apos; is in %2, not %3</source>
        <translation>价目表“%1”的货币是 %2，而不是 %3</translation>
    </message>
    <message>
        <source>tax_rate &apos;%1&apos; is not a percentage such as 19 or 7.5</source>
        <translation>tax_rate“%1”不是百分比，例如 19 或 7.5</translation>
    </message>
    <message>
        <source>currency &apos;%1&apos; is not an ISO 4217 code</source>
        <translation>货币“%1”不是 ISO 4217 代码</translation>
    </message>
    <message>
        <source>unit_price cannot be negative</source>
        <translation>unit_price 不能为负数</translation>
    </message>
    <message>
        <source>min_quantity &apos;%1&apos; is not a quantity of 0 or more</source>
        <translation>min_quantity“%1”不是大于等于 0 的数量</translation>
    </message>
    <message>
        <source>List prices %1</source>
        <translation>标准价目表 %1</translation>
    </message>
</context>
<context>
    <name>ProgressText</name>
    <message numerus="yes">
        <source>Checked %1 of ~%Ln row(s)</source>
        <translation>
            <numerusform>已检查 %1 / 约 %Ln 行</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Checked %1 of %Ln record(s)</source>
        <translation>
            <numerusform>已检查 %1 / %Ln 条记录</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %1 of ~%Ln row(s)</source>
        <translation>
            <numerusform>已导入 %1 / 约 %Ln 行</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %1 of %Ln record(s)</source>
        <translation>
            <numerusform>已导入 %1 / %Ln 条记录</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %1 of %Ln record(s)</source>
        <translation>
            <numerusform>已导出 %1 / %Ln 条记录</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Generated %1 of %Ln record(s)</source>
        <translation>
            <numerusform>已生成 %1 / %Ln 条记录</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Checked %Ln row(s)</source>
        <translation>
            <numerusform>已检查 %Ln 行</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln row(s)</source>
        <translation>
            <numerusform>已导入 %Ln 行</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln record(s)</source>
        <translation>
            <numerusform>已导出 %Ln 条记录</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Generated %Ln record(s)</source>
        <translation>
            <numerusform>已生成 %Ln 条记录</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QuotaImportWriter</name>
    <message>
        <source>a quota needs the user it is for</source>
        <translation>配额需要指定所属用户</translation>
    </message>
    <message>
        <source>period &apos;%1&apos; is not a month (2027-04), a fiscal quarter (FY2027-Q1) or a fiscal year (FY2027)</source>
        <translation>期间“%1”不是月份（2027-04）、财季（FY2027-Q1）或财年（FY2027）</translation>
    </message>
    <message>
        <source>a quota needs an amount</source>
        <translation>配额需要金额</translation>
    </message>
</context>
<context>
    <name>QuotaRepository</name>
    <message>
        <source>Only managers and administrators can set quotas.</source>
        <translation>只有经理和管理员可以设置配额。</translation>
    </message>
    <message>
        <source>A quota is for a month, a quarter or a year, not &apos;%1&apos;.</source>
        <translation>配额必须针对月、季度或年度，而不是“%1”。</translation>
    </message>
    <message>
        <source>A quota needs the first day of its period.</source>
        <translation>配额需要指定其期间的第一天。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a currency code (such as EUR).</source>
        <translation>“%1”不是货币代码（例如 EUR）。</translation>
    </message>
    <message>
        <source>A quota cannot be negative.</source>
        <translation>配额不能为负数。</translation>
    </message>
</context>
<context>
    <name>Quote</name>
    <message>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>已发送</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>已接受</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>已过期</translation>
    </message>
    <message>
        <source>Superseded</source>
        <translation>已被取代</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>条目</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>小节</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>No discount</source>
        <translation>无折扣</translation>
    </message>
    <message>
        <source>Percent</source>
        <translation>百分比</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
</context>
<context>
    <name>QuoteCommand</name>
    <message>
        <source>list, or pdf followed by the quote&apos;s id or number.</source>
        <translation>list，或 pdf 后跟报价单的 ID 或编号。</translation>
    </message>
    <message>
        <source>list: text (default) or json.</source>
        <translation>list：text（默认）或 json。</translation>
    </message>
    <message>
        <source>pdf: the PDF file to write.</source>
        <translation>pdf：要写入的 PDF 文件。</translation>
    </message>
    <message>
        <source>quote expects list or pdf, not &apos;%1&apos;</source>
        <translation>quote 应为 list 或 pdf，而不是“%1”</translation>
    </message>
    <message>
        <source>quote list takes no further arguments</source>
        <translation>quote list 不接受其他参数</translation>
    </message>
    <message>
        <source>--format expects json or text, not &apos;%1&apos;</source>
        <translation>--format 应为 json 或 text，而不是“%1”</translation>
    </message>
    <message>
        <source>quote pdf needs the quote&apos;s id or number</source>
        <translation>quote pdf 需要报价单的 ID 或编号</translation>
    </message>
    <message>
        <source>quote pdf needs -o FILE.pdf</source>
        <translation>quote pdf 需要 -o FILE.pdf</translation>
    </message>
    <message>
        <source>there is no quote &apos;%1&apos;; `quote list` shows them</source>
        <translation>没有报价单“%1”；`quote list` 可列出所有报价单</translation>
    </message>
    <message>
        <source>list quotes with every line and total, or write a quote as a PDF for the customer</source>
        <translation>列出报价单及其所有行和总计，或将报价单写为 PDF 以提供给客户</translation>
    </message>
</context>
<context>
    <name>QuoteDelivery</name>
    <message>
        <source>Quote %1 sent</source>
        <translation>报价单 %1 已发送</translation>
    </message>
    <message>
        <source>Quote %1 sent: %2</source>
        <translation>报价单 %1 已发送：%2</translation>
    </message>
</context>
<context>
    <name>QuoteDocument</name>
    <message>
        <source>Tax number: %1</source>
        <translation>税号：%1</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Attn. %1</source>
        <translation>收件人：%1</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>有效期至</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>货币</translation>
    </message>
    <message>
        <source>Your contact</source>
        <translation>您的联系人</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>单价</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>折扣</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>税率</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>净额</translation>
    </message>
    <message>
        <source>Subtotal</source>
        <translation>小计</translation>
    </message>
    <message>
        <source>Net total</source>
        <translation>净额合计</translation>
    </message>
    <message>
        <source>Tax %1 % on %2</source>
        <translation>税 %1%（计税基数 %2）</translation>
    </message>
    <message>
        <source>Total %1</source>
        <translation>总计 %1</translation>
    </message>
    <message>
        <source>Payment terms</source>
        <translation>付款条件</translation>
    </message>
    <message>
        <source>This quote is valid until %1.</source>
        <translation>本报价单有效期至 %1。</translation>
    </message>
    <message>
        <source>Quote %1</source>
        <translation>报价单 %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Quote %1: %2</source>
        <translation>报价单 %1：%2</translation>
    </message>
</context>
<context>
    <name>QuoteMath</name>
    <message>
        <source>The amounts are too large to add up.</source>
        <translation>金额过大，无法相加。</translation>
    </message>
    <message>
        <source>The quantity must be more than zero.</source>
        <translation>数量必须大于零。</translation>
    </message>
    <message>
        <source>The unit price cannot be negative; give a discount or make a separate credit note instead.</source>
        <translation>单价不能为负数；请改为给予折扣或另开贷项通知单。</translation>
    </message>
    <message>
        <source>The tax rate must be between 0 and 100 %.</source>
        <translation>税率必须在 0 到 100% 之间。</translation>
    </message>
    <message>
        <source>The discount must be between 0 and 100 %.</source>
        <translation>折扣必须在 0 到 100% 之间。</translation>
    </message>
    <message>
        <source>The discount cannot be negative.</source>
        <translation>折扣不能为负数。</translation>
    </message>
    <message>
        <source>The discount is larger than the line&apos;s amount.</source>
        <translation>折扣大于该行金额。</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
</context>
<context>
    <name>QuoteRepository</name>
    <message>
        <source>Quote %1 is %2 and can no longer be changed; make a new revision to change it.</source>
        <translation>报价单 %1 的状态为“%2”，不能再更改；如需更改，请创建新修订版。</translation>
    </message>
    <message>
        <source>A section or note needs a text.</source>
        <translation>小节或备注需要填写文本。</translation>
    </message>
    <message>
        <source>A quote line needs a description.</source>
        <translation>报价单行需要填写描述。</translation>
    </message>
    <message>
        <source>The quote no longer exists.</source>
        <translation>该报价单已不存在。</translation>
    </message>
    <message>
        <source>The opportunity of this quote was deleted.</source>
        <translation>此报价单所属的商机已被删除。</translation>
    </message>
    <message>
        <source>The price list no longer exists.</source>
        <translation>该价目表已不存在。</translation>
    </message>
    <message>
        <source>The price list %1 is in %2, but the opportunity is in %3.</source>
        <translation>价目表 %1 使用 %2，但商机使用 %3。</translation>
    </message>
    <message>
        <source>A quote needs a date until which it is valid.</source>
        <translation>报价单需要有效期截止日期。</translation>
    </message>
    <message>
        <source>The quote was deleted.</source>
        <translation>该报价单已被删除。</translation>
    </message>
    <message>
        <source>The contact no longer exists.</source>
        <translation>该联系人已不存在。</translation>
    </message>
    <message>
        <source>A line cannot move to another quote.</source>
        <translation>行不能移到另一个报价单。</translation>
    </message>
    <message>
        <source>%1 is no longer sold.</source>
        <translation>%1 已停售。</translation>
    </message>
    <message>
        <source>The quote line no longer exists.</source>
        <translation>该报价单行已不存在。</translation>
    </message>
    <message>
        <source>Quote %1 was sent; it is kept as the customer&apos;s copy and cannot be deleted.</source>
        <translation>报价单 %1 已发送；它作为客户的副本保留，无法删除。</translation>
    </message>
    <message>
        <source>Quote %1 was already sent.</source>
        <translation>报价单 %1 已发送过。</translation>
    </message>
    <message>
        <source>Quote %1 has no items to send.</source>
        <translation>报价单 %1 没有可发送的条目。</translation>
    </message>
    <message>
        <source>Quote %1 is valid only until %2; choose a later date before sending it.</source>
        <translation>报价单 %1 的有效期仅到 %2；请先选择更晚的日期再发送。</translation>
    </message>
    <message>
        <source>Quote %1 was valid only until %2; make a new revision with a new validity date.</source>
        <translation>报价单 %1 的有效期仅到 %2；请创建新修订版并设置新的有效期。</translation>
    </message>
    <message>
        <source>Quote %1 is %2; only a sent quote can be accepted, rejected or expire.</source>
        <translation>报价单 %1 的状态为“%2”；只有已发送的报价单才能被接受、拒绝或过期。</translation>
    </message>
    <message>
        <source>Quote %1 accepted</source>
        <translation>报价单 %1 已接受</translation>
    </message>
    <message>
        <source>Quote %1 is still a draft; change it directly.</source>
        <translation>报价单 %1 仍是草稿；请直接修改。</translation>
    </message>
    <message>
        <source>Quote %1 is %2 and cannot be revised.</source>
        <translation>报价单 %1 的状态为“%2”，无法修订。</translation>
    </message>
    <message>
        <source>Quote %1 already has a newer revision; revise that one.</source>
        <translation>报价单 %1 已有更新的修订版；请修订该版本。</translation>
    </message>
</context>
<context>
    <name>QuoteSender</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <source>Saved as %1 to be sent to the customer.</source>
        <translation>已保存为 %1，待发送给客户。</translation>
    </message>
    <message>
        <source>Handed to the mail program with %1 attached.</source>
        <translation>已交给邮件程序，附件为 %1。</translation>
    </message>
    <message>
        <source>Sent to %1 through the mail program, with %2 attached.</source>
        <translation>已通过邮件程序发送给 %1，附件为 %2。</translation>
    </message>
    <message>
        <source>Quote %1 is sent and locked. There is no mail program (xdg-email) here, so it was saved as %2: send that file to the customer.</source>
        <translation>报价单 %1 已发送并锁定。此处没有邮件程序（xdg-email），因此已保存为 %2：请将该文件发送给客户。</translation>
    </message>
    <message>
        <source>Quote %1 is sent and locked, but the mail program did not start. Send %2 to the customer yourself.</source>
        <translation>报价单 %1 已发送并锁定，但邮件程序未能启动。请自行将 %2 发送给客户。</translation>
    </message>
    <message>
        <source>Quote %1 is sent and locked. Your mail program has it; add the customer&apos;s address there.</source>
        <translation>报价单 %1 已发送并锁定。邮件程序已收到该报价单，请在其中填写客户的邮箱地址。</translation>
    </message>
    <message>
        <source>Quote %1 is sent and locked. Your mail program has it, addressed to %2.</source>
        <translation>报价单 %1 已发送并锁定。邮件程序已收到该报价单，收件人为 %2。</translation>
    </message>
</context>
<context>
    <name>RecordExporter</name>
    <message>
        <source>The export could not be written: %1</source>
        <translation>无法写入导出内容：%1</translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>导出已取消。</translation>
    </message>
    <message>
        <source>vCard export is available for contacts only; use csv or json for accounts.</source>
        <translation>vCard 导出仅适用于联系人；客户请使用 csv 或 json。</translation>
    </message>
</context>
<context>
    <name>RecordKind</name>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>名</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>姓</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Parent account</source>
        <translation>上级客户</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>E-mail addresses</source>
        <translation>电子邮件地址</translation>
    </message>
    <message>
        <source>Phone numbers</source>
        <translation>电话号码</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>街道</translation>
    </message>
    <message>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地区</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>邮政编码</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国家/地区</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>生日</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Do not call</source>
        <translation>请勿致电</translation>
    </message>
    <message>
        <source>External ID</source>
        <translation>外部 ID</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>行业</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>网站</translation>
    </message>
    <message>
        <source>Annual revenue</source>
        <translation>年收入</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>货币</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>员工数</translation>
    </message>
    <message>
        <source>Quote language</source>
        <translation>报价单语言</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>日期和时间</translation>
    </message>
    <message>
        <source>Duration (minutes)</source>
        <translation>时长（分钟）</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>文件名</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Lead source</source>
        <translation>线索来源</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>评级</translation>
    </message>
    <message>
        <source>Disqualification reason</source>
        <translation>取消资格原因</translation>
    </message>
    <message>
        <source>user</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>account</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>lead</source>
        <translation>线索</translation>
    </message>
    <message>
        <source>attachment</source>
        <translation>附件</translation>
    </message>
    <message>
        <source>activity</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>opportunity</source>
        <translation>商机</translation>
    </message>
    <message>
        <source>product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>quote</source>
        <translation>报价单</translation>
    </message>
    <message>
        <source>opportunity history entry</source>
        <translation>商机历史记录</translation>
    </message>
    <message>
        <source>product line</source>
        <translation>产品明细</translation>
    </message>
    <message>
        <source>price list</source>
        <translation>价目表</translation>
    </message>
    <message>
        <source>price</source>
        <translation>价格</translation>
    </message>
    <message>
        <source>quote line</source>
        <translation>报价明细</translation>
    </message>
    <message>
        <source>pipeline</source>
        <translation>销售流程</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>End</source>
        <translation>结束</translation>
    </message>
    <message>
        <source>Repeats</source>
        <translation>重复</translation>
    </message>
    <message>
        <source>Extra dates</source>
        <translation>额外日期</translation>
    </message>
    <message>
        <source>Skipped dates</source>
        <translation>跳过的日期</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>系列</translation>
    </message>
    <message>
        <source>Occurrence</source>
        <translation>单次日程</translation>
    </message>
    <message>
        <source>This and following</source>
        <translation>此次及以后</translation>
    </message>
    <message>
        <source>Private</source>
        <translation>私密</translation>
    </message>
    <message>
        <source>Show as busy</source>
        <translation>显示为忙碌</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>线索</translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation>商机</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>参与者</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>提醒</translation>
    </message>
    <message>
        <source>Calendar UID</source>
        <translation>日历 UID</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>修订号</translation>
    </message>
    <message>
        <source>Logged as</source>
        <translation>已记录为</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>截止</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <source>Done at</source>
        <translation>完成时间</translation>
    </message>
    <message>
        <source>event</source>
        <translation>日程</translation>
    </message>
    <message>
        <source>task</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>reminder</source>
        <translation>提醒</translation>
    </message>
    <message>
        <source>Minutes before</source>
        <translation>提前分钟数</translation>
    </message>
    <message>
        <source>Snoozed until</source>
        <translation>推迟到</translation>
    </message>
    <message>
        <source>Dismissed</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <source>quota</source>
        <translation>配额</translation>
    </message>
    <message>
        <source>forecast adjustment</source>
        <translation>预测调整</translation>
    </message>
    <message>
        <source>forecast snapshot</source>
        <translation>预测快照</translation>
    </message>
    <message>
        <source>commission plan</source>
        <translation>佣金方案</translation>
    </message>
    <message>
        <source>call list</source>
        <translation>呼叫名单</translation>
    </message>
    <message>
        <source>call list entry</source>
        <translation>呼叫名单条目</translation>
    </message>
</context>
<context>
    <name>RecordType</name>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation>附件</translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation>商机</translation>
    </message>
    <message>
        <source>Product line</source>
        <translation>产品明细</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>销售流程</translation>
    </message>
    <message>
        <source>Opportunity history entry</source>
        <translation>商机历史记录</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Price list</source>
        <translation>价目表</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>价格</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>报价单</translation>
    </message>
    <message>
        <source>Quote line</source>
        <translation>报价明细</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>线索</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>日程</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>提醒</translation>
    </message>
    <message>
        <source>Quota</source>
        <translation>配额</translation>
    </message>
    <message>
        <source>Forecast adjustment</source>
        <translation>预测调整</translation>
    </message>
    <message>
        <source>Commission plan</source>
        <translation>佣金方案</translation>
    </message>
    <message>
        <source>Forecast snapshot</source>
        <translation>预测快照</translation>
    </message>
    <message>
        <source>Call list</source>
        <translation>呼叫名单</translation>
    </message>
    <message>
        <source>Call list entry</source>
        <translation>呼叫名单条目</translation>
    </message>
</context>
<context>
    <name>RejectedRowsWriter</name>
    <message>
        <source>row</source>
        <translation>行号</translation>
    </message>
    <message>
        <source>problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Saving the rejected rows was cancelled.</source>
        <translation>已取消保存被拒绝的行。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>line</source>
        <translation>行号</translation>
    </message>
</context>
<context>
    <name>ReportCommand</name>
    <message>
        <source>The report: %1.</source>
        <translation>报告：%1。</translation>
    </message>
    <message>
        <source>csv (default: one row per line of the report) or json (the rows and the report&apos;s totals).</source>
        <translation>csv（默认：报告的每一行输出为一行）或 json（各行数据及报告合计）。</translation>
    </message>
    <message>
        <source>Write to FILE instead of stdout.</source>
        <translation>写入 FILE，而不是 stdout。</translation>
    </message>
    <message>
        <source>report needs one report name: %1</source>
        <translation>report 需要且只需要一个报告名称：%1</translation>
    </message>
    <message>
        <source>unknown report &apos;%1&apos;; available: %2</source>
        <translation>未知的报告“%1”；可用报告：%2</translation>
    </message>
    <message>
        <source>--format expects csv or json, not &apos;%1&apos;</source>
        <translation>--format 应为 csv 或 json，而不是“%1”</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>reports as CSV or JSON: forecast (against quota, rolled up through the team), rfm (customer segments by recency, frequency and monetary value, and the Pareto view) and commission (earned on closed won, expected on Commit and Best case) and calls (telesales statistics per rep, list, day, week, month or hour)</source>
        <translation>以 CSV 或 JSON 输出的报表：forecast（对照配额的预测，按团队汇总）、rfm（按最近一次购买、购买频率和金额划分的客户细分，以及帕累托视图）、commission（已赢单的已得佣金，承诺和最佳情况的预期佣金）以及 calls（按代表、名单、日、周、月或小时的电话营销统计）</translation>
    </message>
</context>
<context>
    <name>ReportOptions</name>
    <message>
        <source>month, quarter or year (fiscal; default quarter).</source>
        <translation>month、quarter 或 year（财务期间；默认 quarter）。</translation>
    </message>
    <message>
        <source>The first day (ISO date); default: the current fiscal year.</source>
        <translation>第一天（ISO 日期）；默认：当前财年。</translation>
    </message>
    <message>
        <source>The last day, included (ISO date).</source>
        <translation>最后一天，包含在内（ISO 日期）。</translation>
    </message>
    <message>
        <source>Group by %1 (default total).</source>
        <translation>按 %1 分组（默认 total）。</translation>
    </message>
    <message>
        <source>Report in this currency (default: the reporting currency of Settings).</source>
        <translation>以此货币生成报告（默认：设置中的报告货币）。</translation>
    </message>
    <message>
        <source>Only this user and everyone below them (a user name).</source>
        <translation>仅限此用户及其所有下属（用户名）。</translation>
    </message>
    <message>
        <source>Only the owners in this team.</source>
        <translation>仅限此团队中的负责人。</translation>
    </message>
    <message>
        <source>Only this pipeline (its name).</source>
        <translation>仅限此销售流程（销售流程名称）。</translation>
    </message>
    <message>
        <source>--period expects month, quarter or year, not &apos;%1&apos;</source>
        <translation>--period 应为 month、quarter 或 year，而不是“%1”</translation>
    </message>
    <message>
        <source>--by expects one of %1, not &apos;%2&apos;</source>
        <translation>--by 应为 %1 之一，而不是“%2”</translation>
    </message>
    <message>
        <source>give both --from DATE and --to DATE, or neither (the current fiscal year)</source>
        <translation>请同时指定 --from 日期 和 --to 日期，或都不指定（即当前财年）</translation>
    </message>
    <message>
        <source>--to (%1) is before --from (%2)</source>
        <translation>--to（%1）早于 --from（%2）</translation>
    </message>
    <message>
        <source>--under: no user is called &apos;%1&apos;</source>
        <translation>--under：没有名为“%1”的用户</translation>
    </message>
    <message>
        <source>--pipeline: no pipeline is called &apos;%1&apos;</source>
        <translation>--pipeline：没有名为“%1”的销售流程</translation>
    </message>
    <message>
        <source>amounts in %1, converted with %2</source>
        <translation>金额以 %1 计，按 %2 换算</translation>
    </message>
</context>
<context>
    <name>Rfm</name>
    <message>
        <source>The won amounts add up to more than an amount can hold.</source>
        <translation>赢单金额合计超出了金额所能表示的上限。</translation>
    </message>
</context>
<context>
    <name>RfmReport</name>
    <message>
        <source>rfm: the day recency is counted to; deals closed after it are left out (default: today).</source>
        <translation>rfm：计算最近购买时间的截止日期；此日期之后结单的商机不计入（默认：今天）。</translation>
    </message>
    <message>
        <source>rfm: only the accounts of this segment: champions, loyal, potential_loyalists, new_customers, promising, need_attention, about_to_sleep, at_risk, cant_lose, hibernating or lost.</source>
        <translation>rfm：仅包含此细分中的客户：champions、loyal、potential_loyalists、new_customers、promising、need_attention、about_to_sleep、at_risk、cant_lose、hibernating 或 lost。</translation>
    </message>
    <message>
        <source>rfm: how many of the largest customers the JSON lists (default 10).</source>
        <translation>rfm：JSON 中列出的最大客户数量（默认 10）。</translation>
    </message>
    <message>
        <source>--as-of expects a date such as 2026-06-30, not &apos;%1&apos;</source>
        <translation>--as-of 应为日期（例如 2026-06-30），而不是“%1”</translation>
    </message>
    <message>
        <source>unknown segment &apos;%1&apos;; segments: %2</source>
        <translation>未知的细分“%1”；可用细分：%2</translation>
    </message>
    <message>
        <source>--top expects a number of customers, not &apos;%1&apos;</source>
        <translation>--top 应为客户数量，而不是“%1”</translation>
    </message>
    <message>
        <source>Cannot write the report: %1</source>
        <translation>无法写入报告：%1</translation>
    </message>
</context>
<context>
    <name>RfmSegment</name>
    <message>
        <source>Champions</source>
        <translation>冠军客户</translation>
    </message>
    <message>
        <source>Loyal</source>
        <translation>忠诚客户</translation>
    </message>
    <message>
        <source>Potential loyalists</source>
        <translation>潜在忠诚客户</translation>
    </message>
    <message>
        <source>New customers</source>
        <translation>新客户</translation>
    </message>
    <message>
        <source>Promising</source>
        <translation>潜力客户</translation>
    </message>
    <message>
        <source>Need attention</source>
        <translation>需关注客户</translation>
    </message>
    <message>
        <source>About to sleep</source>
        <translation>即将沉睡客户</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>有流失风险客户</translation>
    </message>
    <message>
        <source>Can&apos;t lose</source>
        <translation>不可流失客户</translation>
    </message>
    <message>
        <source>Hibernating</source>
        <translation>休眠客户</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>已流失客户</translation>
    </message>
</context>
<context>
    <name>SearchCommand</name>
    <message>
        <source>At most N results (default 20).</source>
        <translation>最多 N 条结果（默认 20）。</translation>
    </message>
    <message>
        <source>text (default) or json.</source>
        <translation>text（默认）或 json。</translation>
    </message>
    <message>
        <source>search needs the TEXT to look for</source>
        <translation>search 需要指定要查找的 TEXT</translation>
    </message>
    <message>
        <source>--limit expects a number from 1 to 10000, not &apos;%1&apos;</source>
        <translation>--limit 应为 1 到 10000 之间的数字，而不是“%1”</translation>
    </message>
    <message>
        <source>--format expects json or text, not &apos;%1&apos;</source>
        <translation>--format 应为 json 或 text，而不是“%1”</translation>
    </message>
    <message>
        <source>find contacts and accounts by name, company, e-mail, phone, tags, notes</source>
        <translation>按名称、公司、电子邮件、电话、标签、备注查找联系人和客户</translation>
    </message>
    <message>
        <source>What to look for (word prefixes; Chinese by any part; opportunities and quotes by any part of their name, number or title).</source>
        <translation>要查找的内容（按词首匹配；中文可匹配任意部分；商机和报价单可按名称、编号或标题的任意部分匹配）。</translation>
    </message>
</context>
<context>
    <name>SearchSource</name>
    <message>
        <source>repeats</source>
        <translation>重复</translation>
    </message>
</context>
<context>
    <name>ServeCommand</name>
    <message>
        <source>The address and port to listen on, e.g. 127.0.0.1:8443 (port 0: any free one).</source>
        <translation>要监听的地址和端口，例如 127.0.0.1:8443（端口 0：任一空闲端口）。</translation>
    </message>
    <message>
        <source>The server&apos;s certificate (PEM, with its chain).</source>
        <translation>服务器证书（PEM，含证书链）。</translation>
    </message>
    <message>
        <source>The certificate&apos;s private key (PEM).</source>
        <translation>证书的私钥（PEM）。</translation>
    </message>
    <message>
        <source>--listen expects ADDR:PORT with an IP address, e.g. 127.0.0.1:8443 or [::1]:8443, not &apos;%1&apos;</source>
        <translation>--listen 需要 IP 地址形式的 ADDR:PORT，例如 127.0.0.1:8443 或 [::1]:8443，而不是“%1”</translation>
    </message>
    <message>
        <source>%1 holds no PEM certificate (or cannot be read).</source>
        <translation>%1 中没有 PEM 证书（或无法读取）。</translation>
    </message>
    <message>
        <source>Cannot read the key %1: %2</source>
        <translation>无法读取私钥 %1：%2</translation>
    </message>
    <message>
        <source>%1 holds no unencrypted PEM private key (EC or RSA).</source>
        <translation>%1 中没有未加密的 PEM 私钥（EC 或 RSA）。</translation>
    </message>
    <message>
        <source>serve takes no arguments</source>
        <translation>serve 不接受参数</translation>
    </message>
    <message>
        <source>serve needs --%1; see fieldbook-server serve --help</source>
        <translation>serve 需要 --%1；请参阅 fieldbook-server serve --help</translation>
    </message>
    <message>
        <source>TLS is not available: Qt found no OpenSSL backend.</source>
        <translation>TLS 不可用：Qt 未找到 OpenSSL 后端。</translation>
    </message>
    <message>
        <source>Cannot listen on %1: %2</source>
        <translation>无法在 %1 上监听：%2</translation>
    </message>
    <message>
        <source>answer clients over HTTPS until stopped (SIGTERM, Ctrl+C)</source>
        <translation>通过 HTTPS 为客户端提供服务，直到被停止（SIGTERM、Ctrl+C）</translation>
    </message>
    <message>
        <source>Worker threads for connections (default: one per core).</source>
        <translation>处理连接的工作线程数（默认：每个核心一个）。</translation>
    </message>
    <message>
        <source>Connections open at once (default 1000).</source>
        <translation>同时打开的连接数（默认 1000）。</translation>
    </message>
    <message>
        <source>Connections open at once from one client address (default 200).</source>
        <translation>来自同一客户端地址的同时连接数（默认 200）。</translation>
    </message>
    <message>
        <source>Seconds a request may take to arrive before it must keep up 500 bytes a second (default 20).</source>
        <translation>请求到达的宽限秒数，超过后须保持每秒至少 500 字节（默认 20）。</translation>
    </message>
    <message>
        <source>Seconds a connection may stay idle between requests (default 60).</source>
        <translation>两次请求之间连接可空闲的秒数（默认 60）。</translation>
    </message>
    <message>
        <source>--%1 expects a whole number from 1 to 1000000, not &apos;%2&apos;</source>
        <translation>--%1 需要 1 到 1000000 之间的整数，而不是“%2”</translation>
    </message>
</context>
<context>
    <name>ServerCli</name>
    <message>
        <source>Usage: fieldbook-server [--data DIR] [--database URL] &lt;command&gt; [options]
       fieldbook-server &lt;command&gt; --help | --help | --version

Fieldbook&apos;s sync server and its administration.

Global options (accepted by every command):
  --data DIR        the server&apos;s folder (default: the platform&apos;s application data folder)
  --database URL    the store: postgresql://user:password@host:port/database, or an SQLite file (default: DIR/server.sqlite)

Commands:
</source>
        <translation>用法：fieldbook-server [--data DIR] [--database URL] &lt;命令&gt; [选项]
      fieldbook-server &lt;命令&gt; --help | --help | --version

Fieldbook 同步服务器及其管理。

全局选项（所有命令均接受）：
  --data DIR        服务器文件夹（默认：平台的应用数据文件夹）
  --database URL    存储：postgresql://用户:密码@主机:端口/数据库，或一个 SQLite 文件（默认：DIR/server.sqlite）

命令：
</translation>
    </message>
    <message>
        <source>
Exit codes: 0 success, 1 refused by the store (unknown user, name taken...), 2 usage error, 3 store error, 4 input file error.
</source>
        <translation>
退出码：0 成功，1 被存储拒绝（未知用户、名称已被占用等），2 用法错误，3 存储错误，4 输入文件错误。
</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;</source>
        <translation>未知命令“%1”</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;; the %2 commands are: %3</source>
        <translation>未知命令“%1”；%2 的命令有：%3</translation>
    </message>
    <message>
        <source>%1 needs a value</source>
        <translation>%1 需要一个值</translation>
    </message>
    <message>
        <source>unknown option &apos;%1&apos;</source>
        <translation>未知选项“%1”</translation>
    </message>
    <message>
        <source>no command given</source>
        <translation>未指定命令</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>显示此帮助。</translation>
    </message>
    <message>
        <source>The server&apos;s folder.</source>
        <translation>服务器文件夹。</translation>
    </message>
    <message>
        <source>The server store.</source>
        <translation>服务器存储。</translation>
    </message>
    <message>
        <source>%1; see fieldbook-server %2 --help</source>
        <translation>%1；请参阅 fieldbook-server %2 --help</translation>
    </message>
    <message>
        <source>Usage: fieldbook-server [--data DIR] [--database URL] %1

%2

</source>
        <translation>用法：fieldbook-server [--data DIR] [--database URL] %1

%2

</translation>
    </message>
</context>
<context>
    <name>ServerContext</name>
    <message>
        <source>The server store %1 does not exist; run &quot;fieldbook-server --data %2 init&quot; first.</source>
        <translation>服务器存储 %1 不存在；请先运行“fieldbook-server --data %2 init”。</translation>
    </message>
</context>
<context>
    <name>ServerDatabase</name>
    <message>
        <source>The Qt driver %1 is not installed (package %2).</source>
        <translation>未安装 Qt 驱动 %1（软件包 %2）。</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <source>Cannot open the server database %1: %2</source>
        <translation>无法打开服务器数据库 %1：%2</translation>
    </message>
    <message>
        <source>The server database failed: %1</source>
        <translation>服务器数据库出错：%1</translation>
    </message>
    <message>
        <source>The server database has schema %1; this fieldbook-server understands up to %2. Update the server.</source>
        <translation>服务器数据库的架构版本为 %1；此 fieldbook-server 最高只支持 %2。请升级服务器。</translation>
    </message>
</context>
<context>
    <name>StatsCommand</name>
    <message>
        <source>stats takes no arguments</source>
        <translation>stats 不接受参数</translation>
    </message>
    <message>
        <source>print the number of records per type as JSON (outbox_pending: changes not yet synced)</source>
        <translation>以 JSON 格式输出每种类型的记录数（outbox_pending：尚未同步的更改）</translation>
    </message>
</context>
<context>
    <name>StoreFiles</name>
    <message>
        <source>%1 is Fieldbook&apos;s own database (or one of its working files), which only Fieldbook&apos;s store may open. Choose another file.</source>
        <translation>%1 是 Fieldbook 自己的数据库（或其工作文件之一），只有 Fieldbook 的存储可以打开它。请选择其他文件。</translation>
    </message>
</context>
<context>
    <name>SyncCommand</name>
    <message>
        <source>cannot read the password file %1: %2</source>
        <translation>无法读取密码文件 %1：%2</translation>
    </message>
    <message>
        <source>the password file %1 is empty</source>
        <translation>密码文件 %1 为空</translation>
    </message>
    <message>
        <source>The server, https://HOST[:PORT] (default: the one this database synced with).</source>
        <translation>服务器，https://主机[:端口]（默认：此数据库上次同步的服务器）。</translation>
    </message>
    <message>
        <source>The user to sign in as (default: the one this database synced as).</source>
        <translation>登录所用的用户（默认：此数据库上次同步所用的用户）。</translation>
    </message>
    <message>
        <source>Also trust the certificate authorities in this PEM file.</source>
        <translation>同时信任此 PEM 文件中的证书颁发机构。</translation>
    </message>
    <message>
        <source>Give up on a server that does not answer for S seconds (default 60).</source>
        <translation>服务器 S 秒内无响应则放弃（默认 60）。</translation>
    </message>
    <message>
        <source>--timeout expects seconds from 1 to 3600, not &apos;%1&apos;</source>
        <translation>--timeout 需要 1 到 3600 之间的秒数，而不是“%1”</translation>
    </message>
    <message>
        <source>sync needs --server URL and --user NAME the first time</source>
        <translation>首次同步需要 --server URL 和 --user NAME</translation>
    </message>
    <message>
        <source>send local changes to a Fieldbook server and receive colleagues&apos;</source>
        <translation>将本地更改发送到 Fieldbook 服务器并接收同事的更改</translation>
    </message>
    <message numerus="yes">
        <source>took over %n record(s) of users who exist only in this database</source>
        <translation>
            <numerusform>已接管 %n 条属于仅存在于此数据库中的用户的记录</numerusform>
        </translation>
    </message>
    <message>
        <source>kept the database as %1 and emptied it for the server&apos;s data</source>
        <translation>已将数据库保留为 %1，并将其清空以接收服务器的数据</translation>
    </message>
    <message numerus="yes">
        <source>this database holds %n record(s) of users who exist only here (such as demo data), which the server would refuse: run again with --take-over to make them yours, or with --fresh to start from the server&apos;s data (the database is kept as a backup first)</source>
        <translation>
            <numerusform>此数据库中有 %n 条记录属于仅存在于这里的用户（例如演示数据），服务器会拒绝它们：请加上 --take-over 再次运行以将它们归为你自己的记录，或加上 --fresh 从服务器的数据开始（会先将数据库保留为备份）</numerusform>
        </translation>
    </message>
    <message>
        <source>Make records of users who exist only in this database yours.</source>
        <translation>将仅存在于此数据库中的用户的记录归为你自己的记录。</translation>
    </message>
    <message>
        <source>Back this database up, empty it and start from the server&apos;s data.</source>
        <translation>备份此数据库、将其清空，并从服务器的数据开始。</translation>
    </message>
    <message>
        <source>A file whose first line is the password (- reads standard input); needed the first time, later runs keep the sign-in.</source>
        <translation>第一行为密码的文件（- 表示从标准输入读取）；首次需要，之后的运行会保留登录。</translation>
    </message>
    <message>
        <source>sync needs --password-file FILE (the first line is the password) the first time; later runs keep the sign-in</source>
        <translation>首次同步需要 --password-file FILE（第一行为密码）；之后的运行会保留登录</translation>
    </message>
    <message>
        <source>the kept sign-in was refused (%1); sign in again with --password-file</source>
        <translation>保留的登录被拒绝（%1）；请用 --password-file 重新登录</translation>
    </message>
</context>
<context>
    <name>SyncEngine</name>
    <message>
        <source>%1 did not answer like a Fieldbook server: %2</source>
        <translation>%1 的应答不像 Fieldbook 服务器：%2</translation>
    </message>
    <message>
        <source>The server is newer than this Fieldbook (sync protocol %1, this is %2). Update Fieldbook to sync again; your changes are kept until then.</source>
        <translation>服务器版本比此 Fieldbook 新（同步协议 %1，本程序为 %2）。请更新 Fieldbook 后再同步；在此之前您的更改会被保留。</translation>
    </message>
    <message>
        <source>The server is older than this Fieldbook (it accepts data up to version %1, this store is version %2). Ask your administrator to update fieldbook-server; your changes are kept until then.</source>
        <translation>服务器版本比此 Fieldbook 旧（它最多接受版本 %1 的数据，此存储为版本 %2）。请让管理员更新 fieldbook-server；在此之前您的更改会被保留。</translation>
    </message>
    <message>
        <source>This computer&apos;s clock is %1 minutes ahead of the server&apos;s. Fieldbook corrects for it when it sends changes; please set the clock right.</source>
        <translation>这台电脑的时钟比服务器快 %1 分钟。Fieldbook 发送更改时会加以校正；请将时钟调准。</translation>
    </message>
    <message>
        <source>This computer&apos;s clock is %1 minutes behind the server&apos;s; changes made here may lose to colleagues&apos; older ones. Please set the clock right.</source>
        <translation>这台电脑的时钟比服务器慢 %1 分钟；在此所做的更改可能会输给同事更早的更改。请将时钟调准。</translation>
    </message>
    <message>
        <source>Sign in to %1 as %2 to sync.</source>
        <translation>请以 %2 身份登录 %1 以进行同步。</translation>
    </message>
    <message>
        <source>The server&apos;s user list is unreadable: %1</source>
        <translation>无法读取服务器的用户列表：%1</translation>
    </message>
    <message>
        <source>The server&apos;s sign-in answer is unreadable: %1</source>
        <translation>无法读取服务器的登录应答：%1</translation>
    </message>
    <message>
        <source>Sync was cancelled.</source>
        <translation>同步已取消。</translation>
    </message>
    <message>
        <source>Sign in again to sync.</source>
        <translation>请重新登录以进行同步。</translation>
    </message>
    <message>
        <source>%1 did not accept the user name or password.</source>
        <translation>%1 不接受该用户名或密码。</translation>
    </message>
    <message>
        <source>The sign-in to %1 has expired; sign in again.</source>
        <translation>在 %1 的登录已过期；请重新登录。</translation>
    </message>
    <message>
        <source>%1 refused this device or user: %2</source>
        <translation>%1 拒绝了此设备或用户：%2</translation>
    </message>
    <message>
        <source>Too many failed sign-ins; %1 accepts the next try in %2 seconds.</source>
        <translation>登录失败次数过多；%1 将在 %2 秒后接受下一次尝试。</translation>
    </message>
    <message>
        <source>%1 is not a Fieldbook server.</source>
        <translation>%1 不是 Fieldbook 服务器。</translation>
    </message>
    <message>
        <source>%1 is temporarily unavailable (HTTP %2); Fieldbook tries again later.</source>
        <translation>%1 暂时不可用（HTTP %2）；Fieldbook 稍后会重试。</translation>
    </message>
    <message>
        <source>%1 refused the request (HTTP %2): %3</source>
        <translation>%1 拒绝了请求（HTTP %2）：%3</translation>
    </message>
    <message>
        <source>The server&apos;s answer to sent changes is unreadable: %1</source>
        <translation>无法读取服务器对已发送更改的应答：%1</translation>
    </message>
    <message>
        <source>The server answered sent changes with no result.</source>
        <translation>服务器对已发送的更改没有给出结果。</translation>
    </message>
    <message>
        <source>The sync state is missing.</source>
        <translation>缺少同步状态。</translation>
    </message>
    <message>
        <source>The server&apos;s changes are unreadable: %1</source>
        <translation>无法读取服务器发来的更改：%1</translation>
    </message>
    <message>
        <source>Synced with %1: %2, %3.</source>
        <translation>已与 %1 同步：%2，%3。</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) sent</source>
        <translation>
            <numerusform>已发送 %n 项更改</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) received</source>
        <translation>
            <numerusform>已接收 %n 条记录</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n received record(s) could not be stored on this computer and were set aside (see Sync issues).</source>
        <translation>
            <numerusform>%n 条接收到的记录无法保存在这台电脑上，已被搁置（见“同步问题”）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Files could not be transferred: %1 They follow at the next sync.</source>
        <translation>文件未能传输：%1 它们将在下次同步时继续传输。</translation>
    </message>
    <message>
        <source>%1 is busy checking other sign-ins; Fieldbook tries again shortly.</source>
        <translation>%1 正忙于核验其他登录；Fieldbook 稍后会自动重试。</translation>
    </message>
    <message>
        <source>The server answered for changes this device did not send; sync stopped. Your changes are kept.</source>
        <translation>服务器的回复针对的是本设备未发送的更改；同步已停止。您的更改已保留。</translation>
    </message>
    <message>
        <source>The server kept sending pages without moving on; sync stopped. What arrived is kept.</source>
        <translation>服务器不断发送页面却没有向前推进；同步已停止。已收到的内容已保留。</translation>
    </message>
</context>
<context>
    <name>SyncHttpClient</name>
    <message>
        <source>The server address &quot;%1&quot; is not a valid https:// address.</source>
        <translation>服务器地址“%1”不是有效的 https:// 地址。</translation>
    </message>
    <message>
        <source>Fieldbook only syncs over https://; &quot;%1&quot; would send your data unencrypted.</source>
        <translation>Fieldbook 只通过 https:// 同步；“%1”会以未加密方式发送您的数据。</translation>
    </message>
    <message>
        <source>Cannot read the CA certificate file %1: %2</source>
        <translation>无法读取 CA 证书文件 %1：%2</translation>
    </message>
    <message>
        <source>%1 holds no PEM certificate (-----BEGIN CERTIFICATE-----).</source>
        <translation>%1 中没有 PEM 证书（-----BEGIN CERTIFICATE-----）。</translation>
    </message>
    <message>
        <source>Sync was cancelled.</source>
        <translation>同步已取消。</translation>
    </message>
    <message>
        <source>The server %1 did not answer within %2 seconds.</source>
        <translation>服务器 %1 在 %2 秒内没有应答。</translation>
    </message>
    <message>
        <source>The certificate of %1 is not trusted: %2. Fieldbook does not send your data to a server it cannot verify; if your company uses its own certificate authority, choose its CA file.</source>
        <translation>%1 的证书不受信任：%2。Fieldbook 不会将您的数据发送到无法验证的服务器；如果您的公司使用自己的证书颁发机构，请选择其 CA 文件。</translation>
    </message>
    <message>
        <source>Cannot reach the server %1: %2</source>
        <translation>无法连接服务器 %1：%2</translation>
    </message>
    <message>
        <source>The server %1 sent an answer larger than %2 MB; Fieldbook stopped reading it and stopped this sync.</source>
        <translation>服务器 %1 发送的回复超过 %2 MB；Fieldbook 已停止读取并停止本次同步。</translation>
    </message>
</context>
<context>
    <name>SyncIssues</name>
    <message>
        <source>This conflict was already decided.</source>
        <translation>此冲突已经处理过。</translation>
    </message>
    <message>
        <source>The record is no longer on this device.</source>
        <translation>该记录已不在此设备上。</translation>
    </message>
    <message>
        <source>This change was already sent again or discarded.</source>
        <translation>此更改已重新发送或已放弃。</translation>
    </message>
    <message>
        <source>The record is no longer on this device (it was given to someone else); the change can only be discarded.</source>
        <translation>该记录已不在此设备上（已转给其他人）；此更改只能放弃。</translation>
    </message>
</context>
<context>
    <name>SyncJournal</name>
    <message>
        <source>The server lost changes this device sent before (from number %1), and they are no longer here to send again.</source>
        <translation>服务器丢失了此设备之前发送的更改（从第 %1 项起），而这些更改已不在本机，无法重新发送。</translation>
    </message>
</context>
<context>
    <name>SyncService</name>
    <message>
        <source>The push names another device than the sign-in.</source>
        <translation>推送中指定的设备与登录的设备不一致。</translation>
    </message>
    <message>
        <source>This device was revoked or belongs to another user; sign in again.</source>
        <translation>此设备已被吊销或属于其他用户；请重新登录。</translation>
    </message>
    <message>
        <source>Mutation %1 reuses the sequence number %2 of mutation %3.</source>
        <translation>变更 %1 重复使用了变更 %3 的序号 %2。</translation>
    </message>
    <message>
        <source>The mutation ledger is damaged.</source>
        <translation>变更台账已损坏。</translation>
    </message>
    <message>
        <source>The sync position &apos;%1&apos; is not one this server gave.</source>
        <translation>同步位置“%1”不是此服务器提供的。</translation>
    </message>
</context>
<context>
    <name>SyncStatusText</name>
    <message numerus="yes">
        <source>Sending %Ln change(s)…</source>
        <translation>
            <numerusform>正在发送 %Ln 项更改…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Syncing… %Ln received</source>
        <translation>
            <numerusform>正在同步… 已接收 %Ln 项</numerusform>
        </translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>正在同步…</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>未连接</translation>
    </message>
    <message>
        <source>Up to date</source>
        <translation>已是最新</translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s) waiting</source>
        <translation>
            <numerusform>%Ln 项更改等待发送</numerusform>
        </translation>
    </message>
    <message>
        <source>Offline — retrying at %1</source>
        <translation>离线 — 将于 %1 重试</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>离线</translation>
    </message>
    <message>
        <source>Sign in needed</source>
        <translation>需要登录</translation>
    </message>
    <message>
        <source>Sync failed</source>
        <translation>同步失败</translation>
    </message>
    <message>
        <source>Sync failed: %1</source>
        <translation>同步失败：%1</translation>
    </message>
    <message numerus="yes">
        <source>· %Ln issue(s)</source>
        <translation>
            <numerusform>· %Ln 个问题</numerusform>
        </translation>
    </message>
    <message>
        <source>This store is not connected to a sync server. Click to connect.</source>
        <translation>此存储未连接同步服务器。点击进行连接。</translation>
    </message>
    <message>
        <source>Everything on this computer is on the server.</source>
        <translation>这台电脑上的所有内容都已在服务器上。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s) made here will be sent at the next sync.</source>
        <translation>
            <numerusform>在此所做的 %Ln 项更改将在下次同步时发送。</numerusform>
        </translation>
    </message>
    <message>
        <source>The server cannot be reached. Changes stay on this computer until it can.</source>
        <translation>无法连接服务器。更改会保留在这台电脑上，直到可以连接为止。</translation>
    </message>
    <message>
        <source>The server asks you to sign in again. Click to sign in.</source>
        <translation>服务器要求您重新登录。点击登录。</translation>
    </message>
    <message>
        <source>The last sync failed.</source>
        <translation>上次同步失败。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s) waiting to be sent.</source>
        <translation>
            <numerusform>%Ln 项更改等待发送。</numerusform>
        </translation>
    </message>
    <message>
        <source>Next attempt: %1</source>
        <translation>下次尝试：%1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln sync issue(s) wait for your decision.</source>
        <translation>
            <numerusform>%Ln 个同步问题等待您处理。</numerusform>
        </translation>
    </message>
    <message>
        <source>Last sync: %1</source>
        <translation>上次同步：%1</translation>
    </message>
    <message>
        <source>Last sync: never</source>
        <translation>上次同步：从未</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>服务器：%1</translation>
    </message>
    <message>
        <source>User: %1</source>
        <translation>用户：%1</translation>
    </message>
    <message numerus="yes">
        <source>Syncing… %1 of %Ln received</source>
        <translation>
            <numerusform>正在同步… 已接收 %1 / %Ln 项</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Transferring files… %1 of %Ln</source>
        <translation>
            <numerusform>正在传输文件… 第 %1 个，共 %Ln 个</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncValueText</name>
    <message>
        <source>Deleted here / Edited elsewhere</source>
        <translation>此处已删除 / 别处已编辑</translation>
    </message>
    <message>
        <source>(not received yet)</source>
        <translation>（尚未收到）</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>已删除</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>已编辑</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>(not on this computer)</source>
        <translation>（不在这台电脑上）</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>已创建</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>已恢复</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>(%1 without a name)</source>
        <translation>（无名称的%1）</translation>
    </message>
</context>
<context>
    <name>TaskRepository</name>
    <message>
        <source>The task no longer exists.</source>
        <translation>该任务已不存在。</translation>
    </message>
    <message>
        <source>The %1 this task is linked to no longer exists.</source>
        <translation>此任务关联的%1已不存在。</translation>
    </message>
    <message>
        <source>A task needs a title.</source>
        <translation>任务需要一个标题。</translation>
    </message>
    <message>
        <source>The due date of the task is not a valid date.</source>
        <translation>任务的截止日期不是有效日期。</translation>
    </message>
</context>
<context>
    <name>TokenStore</name>
    <message>
        <source>The sign-in could not be kept in %1: %2. Fieldbook asks for the password again next time.</source>
        <translation>无法将登录信息保存在 %1：%2。下次 Fieldbook 会再次要求输入密码。</translation>
    </message>
    <message>
        <source>No desktop keychain answered, so the sign-in is kept in %1, a file only you can read.</source>
        <translation>没有可用的桌面密钥环，因此登录信息保存在 %1，这是一个只有您能读取的文件。</translation>
    </message>
</context>
<context>
    <name>UserAddCommand</name>
    <message>
        <source>The user&apos;s sign-in name.</source>
        <translation>用户的登录名。</translation>
    </message>
    <message>
        <source>rep, manager or admin.</source>
        <translation>rep、manager 或 admin。</translation>
    </message>
    <message>
        <source>The name of the user&apos;s manager (an existing user).</source>
        <translation>该用户上级的名称（一个已有用户）。</translation>
    </message>
    <message>
        <source>A file whose first line is the password; - reads standard input.</source>
        <translation>第一行为密码的文件；- 表示从标准输入读取。</translation>
    </message>
    <message>
        <source>standard input</source>
        <translation>标准输入</translation>
    </message>
    <message>
        <source>Cannot read the password file %1: %2</source>
        <translation>无法读取密码文件 %1：%2</translation>
    </message>
    <message>
        <source>The password file %1 is empty; its first line must be the password.</source>
        <translation>密码文件 %1 为空；其第一行必须是密码。</translation>
    </message>
    <message>
        <source>user add needs exactly one user name</source>
        <translation>user add 需要且只需要一个用户名</translation>
    </message>
    <message>
        <source>--role must be rep, manager or admin</source>
        <translation>--role 必须是 rep、manager 或 admin</translation>
    </message>
    <message>
        <source>user add needs --password-file FILE (- for standard input)</source>
        <translation>user add 需要 --password-file FILE（- 表示标准输入）</translation>
    </message>
    <message>
        <source>Added the user %1 (%2).</source>
        <translation>已添加用户 %1（%2）。</translation>
    </message>
    <message>
        <source>add a user who signs in with the password in FILE</source>
        <translation>添加一个用 FILE 中的密码登录的用户</translation>
    </message>
</context>
<context>
    <name>UserDirectory</name>
    <message>
        <source>There is no user %1.</source>
        <translation>没有用户 %1。</translation>
    </message>
    <message>
        <source>A user name must have 1 to 200 characters.</source>
        <translation>用户名必须为 1 到 200 个字符。</translation>
    </message>
    <message>
        <source>There is already a user %1.</source>
        <translation>已存在用户 %1。</translation>
    </message>
    <message>
        <source>The user is unknown or disabled.</source>
        <translation>用户不存在或已被停用。</translation>
    </message>
</context>
<context>
    <name>UserDisableCommand</name>
    <message>
        <source>The user&apos;s sign-in name.</source>
        <translation>用户的登录名。</translation>
    </message>
    <message>
        <source>user disable needs exactly one user name</source>
        <translation>user disable 需要且只需要一个用户名</translation>
    </message>
    <message>
        <source>Disabled the user %1: they can no longer sign in or sync.</source>
        <translation>已停用用户 %1：该用户不能再登录或同步。</translation>
    </message>
    <message>
        <source>stop a user from signing in or syncing</source>
        <translation>禁止用户登录或同步</translation>
    </message>
</context>
<context>
    <name>UserImportWriter</name>
    <message>
        <source>a user needs a name</source>
        <translation>用户必须有名称</translation>
    </message>
    <message>
        <source>name &apos;%1&apos; matches %2 users</source>
        <translation>名称“%1”匹配到 %2 个用户</translation>
    </message>
    <message>
        <source>role &apos;%1&apos; is not one of rep, manager, admin</source>
        <translation>角色“%1”不是 rep、manager、admin 之一</translation>
    </message>
</context>
<context>
    <name>UserRepository</name>
    <message>
        <source>The user no longer exists.</source>
        <translation>该用户已不存在。</translation>
    </message>
    <message>
        <source>A user needs a name.</source>
        <translation>用户必须有名称。</translation>
    </message>
    <message>
        <source>“%1” is not a valid e-mail address.</source>
        <translation>“%1”不是有效的电子邮件地址。</translation>
    </message>
    <message>
        <source>A user cannot be their own manager.</source>
        <translation>用户不能是自己的经理。</translation>
    </message>
    <message>
        <source>Your name comes from the sync server&apos;s user directory; an admin changes it there.</source>
        <translation>您的姓名来自同步服务器的用户目录，请由管理员在那里修改。</translation>
    </message>
</context>
<context>
    <name>VCardImporter</name>
    <message>
        <source>e-mail &apos;%1&apos; matches %2 contacts</source>
        <translation>邮箱“%1”匹配到 %2 个联系人</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was imported.</source>
        <translation>导入已取消；未导入任何内容。</translation>
    </message>
    <message>
        <source>Dry run: nothing was imported.</source>
        <translation>试运行：未导入任何内容。</translation>
    </message>
</context>
<context>
    <name>VCardProperty</name>
    <message>
        <source>Line %1: the line has no &apos;:&apos; between the property name and its value.</source>
        <translation>第 %1 行：属性名和值之间缺少“:”。</translation>
    </message>
    <message>
        <source>Line %1: a property has no name before &apos;:&apos;.</source>
        <translation>第 %1 行：“:”之前缺少属性名。</translation>
    </message>
    <message>
        <source>Line %1: the character set &quot;%2&quot; is not supported; save the file as UTF-8.</source>
        <translation>第 %1 行：不支持字符集“%2”；请将文件另存为 UTF-8。</translation>
    </message>
    <message>
        <source>Line %1: the text is not valid UTF-8.</source>
        <translation>第 %1 行：文本不是有效的 UTF-8。</translation>
    </message>
</context>
<context>
    <name>VCardReader</name>
    <message>
        <source>Line %1: the vCard that starts here has no VERSION line.</source>
        <translation>第 %1 行：从此处开始的 vCard 缺少 VERSION 行。</translation>
    </message>
    <message>
        <source>Line %1: vCard version %2 is not supported; export the contacts as vCard 3.0 or 4.0.</source>
        <translation>第 %1 行：不支持 vCard 版本 %2；请将联系人导出为 vCard 3.0 或 4.0。</translation>
    </message>
    <message>
        <source>Line %1: text outside BEGIN:VCARD ... END:VCARD is ignored.</source>
        <translation>第 %1 行：BEGIN:VCARD ... END:VCARD 之外的文本将被忽略。</translation>
    </message>
    <message>
        <source>Line %1: the vCard that starts here is larger than the limit of %2 bytes.</source>
        <translation>第 %1 行：从此处开始的 vCard 超过了 %2 字节的上限。</translation>
    </message>
    <message>
        <source>Line %1: the vCard that starts here has no END:VCARD line; the file may be truncated.</source>
        <translation>第 %1 行：从此处开始的 vCard 缺少 END:VCARD 行；文件可能不完整。</translation>
    </message>
    <message>
        <source>The vCard file is not open for reading.</source>
        <translation>vCard 文件未以读取方式打开。</translation>
    </message>
    <message>
        <source>The vCard file could not be read: %1</source>
        <translation>无法读取 vCard 文件：%1</translation>
    </message>
    <message>
        <source>The vCard file is larger than the limit of %1 MiB.</source>
        <translation>vCard 文件超过了 %1 MiB 的上限。</translation>
    </message>
    <message>
        <source>The vCard file is encoded as UTF-16; save it as UTF-8 and try again.</source>
        <translation>vCard 文件采用 UTF-16 编码；请将其另存为 UTF-8 后重试。</translation>
    </message>
    <message>
        <source>The file contains no vCard (no BEGIN:VCARD line).</source>
        <translation>该文件不包含任何 vCard（没有 BEGIN:VCARD 行）。</translation>
    </message>
</context>
<context>
    <name>VCardWriter</name>
    <message>
        <source>The vCard file is not open for writing.</source>
        <translation>vCard 文件未以写入方式打开。</translation>
    </message>
    <message>
        <source>The vCard file could not be written: %1</source>
        <translation>无法写入 vCard 文件：%1</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>The phone number is empty.</source>
        <translation>电话号码为空。</translation>
    </message>
    <message>
        <source>A &apos;+&apos; may only appear once, at the start of the phone number.</source>
        <translation>“+”只能出现一次，且必须位于电话号码开头。</translation>
    </message>
    <message>
        <source>The phone number contains letters; only digits, spaces, &apos;+&apos;, &apos;-&apos;, &apos;.&apos;, parentheses and an extension such as &quot;x123&quot; are allowed.</source>
        <translation>电话号码包含字母；只允许使用数字、空格、“+”、“-”、“.”、括号以及分机号（如“x123”）。</translation>
    </message>
    <message>
        <source>The phone number contains the character &quot;%1&quot;, which is not allowed.</source>
        <translation>电话号码包含不允许使用的字符“%1”。</translation>
    </message>
    <message>
        <source>The phone number has too few digits (%1); at least %2 are needed.</source>
        <translation>电话号码的位数太少（%1 位）；至少需要 %2 位。</translation>
    </message>
    <message>
        <source>The phone number has too many digits (%1); at most %2 are allowed.</source>
        <translation>电话号码的位数太多（%1 位）；最多允许 %2 位。</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Fieldbook, an offline-first CRM.</source>
        <translation>Fieldbook，一款离线优先的 CRM。</translation>
    </message>
    <message>
        <source>Open the store FILE.</source>
        <translation>打开存储文件 FILE。</translation>
    </message>
    <message>
        <source>Use the language xx_YY (e.g. zh_CN).</source>
        <translation>使用语言 xx_YY（例如 zh_CN）。</translation>
    </message>
    <message>
        <source>Fieldbook cannot open its store</source>
        <translation>Fieldbook 无法打开其存储文件</translation>
    </message>
    <message>
        <source>%1

File: %2</source>
        <translation>%1

文件：%2</translation>
    </message>
    <message>
        <source>Fieldbook is already open</source>
        <translation>Fieldbook 已经打开</translation>
    </message>
    <message>
        <source>Fieldbook is already open with the store %1 but does not answer. Switch to its window, or close it and start again.</source>
        <translation>Fieldbook 已打开存储 %1，但没有响应。请切换到它的窗口，或将其关闭后重新启动。</translation>
    </message>
    <message>
        <source>Bring up the contact or lead whose number is NUMBER (screen pop).</source>
        <translation>显示号码为 NUMBER 的联系人或线索（来电弹屏）。</translation>
    </message>
    <message>
        <source>A fieldbook:call?number=NUMBER link.</source>
        <translation>fieldbook:call?number=NUMBER 链接。</translation>
    </message>
</context>
</TS>
