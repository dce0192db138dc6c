<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>Activities</name>
    <message>
        <source>An activity belongs to a contact, a member or an inquiry.</source>
        <translation>往来记录必须属于某个联系人、成员或入盟咨询。</translation>
    </message>
    <message>
        <source>The record for this activity does not exist (any more).</source>
        <translation>此往来记录所属的记录不存在或已被删除。</translation>
    </message>
    <message>
        <source>Write what happened: a subject or a text.</source>
        <translation>请填写发生的情况：主题或正文。</translation>
    </message>
</context>
<context>
    <name>Attendance</name>
    <message>
        <source>Nobody on the list of “{event}” has one of the chosen statuses: no attendance list was made.</source>
        <translation>活动“{event}”的名单中没有处于所选状态的人：未生成签到表。</translation>
    </message>
    <message>
        <source>Attendance list: {event}</source>
        <translation>签到表：{event}</translation>
    </message>
    <message>
        <source>Attendance list</source>
        <translation>签到表</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>机构</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>签名</translation>
    </message>
</context>
<context>
    <name>BackgroundOp</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>No such file</source>
        <translation>文件不存在</translation>
    </message>
    <message>
        <source>the copy does not pass SQLite's check: {problem}</source>
        <translation>副本未通过 SQLite 检查：{problem}</translation>
    </message>
    <message>
        <source>The database {path} does not exist; there is nothing to back up.</source>
        <translation>数据库 {path} 不存在，没有可备份的内容。</translation>
    </message>
    <message>
        <source>No backup of {path} was made: {reason}. The database itself may be damaged; see {command}</source>
        <translation>未能备份 {path}：{reason}。数据库本身可能已损坏，请运行 {command}</translation>
    </message>
    <message>
        <source>No backup of {path} could be made to {target}: {reason}. No file was left.</source>
        <translation>无法将 {path} 备份到 {target}：{reason}。未留下任何文件。</translation>
    </message>
    <message>
        <source>{size} kB</source>
        <translation>{size} kB</translation>
    </message>
    <message>
        <source>{size} MB</source>
        <translation>{size} MB</translation>
    </message>
    <message>
        <source>{source} was not restored ({reason}); {path} was not changed.</source>
        <translation>未恢复 {source}（{reason}）；{path} 未被更改。</translation>
    </message>
    <message>
        <source>{source} is the database itself. Choose a backup to restore.</source>
        <translation>{source} 就是数据库本身。请选择一个要恢复的备份。</translation>
    </message>
    <message>
        <source>There is no file {source} to restore.</source>
        <translation>没有可恢复的文件 {source}。</translation>
    </message>
    <message>
        <source>{source} does not pass SQLite's integrity check ({problem}).</source>
        <translation>{source} 未通过 SQLite 完整性检查（{problem}）。</translation>
    </message>
    <message>
        <source>{source} is not an ISA Desk database (it has no schema revision).</source>
        <translation>{source} 不是 ISA Desk 数据库（没有架构版本）。</translation>
    </message>
    <message>
        <source>{source} was written by a newer version of ISA Desk (schema {revision}) and cannot be restored with this one.</source>
        <translation>{source} 由较新版本的 ISA Desk 写入（架构 {revision}），无法用当前版本恢复。</translation>
    </message>
    <message>
        <source>{path} is open in another program (another ISA Desk window?). Close it and restore again; nothing was changed.</source>
        <translation>{path} 已在其他程序中打开（另一个 ISA Desk 窗口？）。请关闭后再恢复；未做任何更改。</translation>
    </message>
    <message>
        <source>dated (rotated)</source>
        <translation>按日期（轮换）</translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation>恢复之前</translation>
    </message>
    <message>
        <source>damaged database</source>
        <translation>损坏的数据库</translation>
    </message>
    <message>
        <source>kept</source>
        <translation>保留</translation>
    </message>
    <message>
        <source>Backups are made of database files. Back up a server database with the server's own tools.</source>
        <translation>备份仅适用于数据库文件。服务器数据库请使用服务器自带的工具备份。</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>备份</translation>
    </message>
    <message>
        <source>Backups of {name} in {folder}. At the first start of each day a backup is made; of the dated backups the newest of each of the last {days} days, {weeks} weeks and {months} months are kept, the others are removed.</source>
        <translation>{name} 的备份位于 {folder}。每天首次启动时自动备份；按日期的备份中，保留最近 {days} 天、{weeks} 周和 {months} 个月中每一期最新的一份，其余删除。</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Make a backup now</source>
        <translation>立即备份</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation>恢复…</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>打开文件夹</translation>
    </message>
    <message>
        <source>Backing up {name}…</source>
        <translation>正在备份 {name}…</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>恢复备份</translation>
    </message>
    <message>
        <source>Replace the current data with the backup of {when}? The current data is backed up first.</source>
        <translation>用 {when} 的备份替换当前数据？当前数据会先被备份。</translation>
    </message>
    <message>
        <source>Daily backup made: {name}</source>
        <translation>已完成每日备份：{name}</translation>
    </message>
    <message>
        <source>The daily backup failed: {reason}</source>
        <translation>每日备份失败：{reason}</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>无法打开数据库</translation>
    </message>
    <message>
        <source>The database does not exist</source>
        <translation>数据库不存在</translation>
    </message>
    <message>
        <source>Create a new, empty database at {path}?</source>
        <translation>在 {path} 新建一个空数据库吗？</translation>
    </message>
    <message>
        <source>There is no file of that name. If you meant an existing database, choose it.</source>
        <translation>没有该名称的文件。如果您指的是已有的数据库，请选择它。</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>新建</translation>
    </message>
    <message>
        <source>Choose another…</source>
        <translation>选择其他…</translation>
    </message>
    <message>
        <source>The database is damaged</source>
        <translation>数据库已损坏</translation>
    </message>
    <message>
        <source>{name} is damaged. It was not changed, and ISA Desk does not work with it.</source>
        <translation>{name} 已损坏。文件未被更改，ISA Desk 不会使用它。</translation>
    </message>
    <message>
        <source>The last good backup is {backup}. Restoring it replaces the damaged data; the damaged file is kept in the backups folder.</source>
        <translation>最近一份完好的备份是 {backup}。恢复它将替换已损坏的数据；损坏的文件会保存在备份文件夹中。</translation>
    </message>
    <message>
        <source>There is no backup of it in the backups folder.</source>
        <translation>备份文件夹中没有它的备份。</translation>
    </message>
    <message>
        <source>Restore the last backup</source>
        <translation>恢复最近的备份</translation>
    </message>
    <message>
        <source>Open another database…</source>
        <translation>打开其他数据库…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>打开数据库</translation>
    </message>
    <message>
        <source>ISA Desk databases ({patterns});;All files (*)</source>
        <translation>ISA Desk 数据库 ({patterns});;所有文件 (*)</translation>
    </message>
    <message>
        <source>Restoring {name}…</source>
        <translation>正在恢复 {name}…</translation>
    </message>
    <message>
        <source>Restored {backup}; the replaced data was backed up to {kept}.</source>
        <translation>已恢复 {backup}；被替换的数据已备份到 {kept}。</translation>
    </message>
</context>
<context>
    <name>Badges</name>
    <message>
        <source>Nobody on the list of “{event}” has one of the chosen statuses: no badges were made.</source>
        <translation>活动“{event}”的名单中没有处于所选状态的人：未生成任何胸牌。</translation>
    </message>
    <message>
        <source>Name badges: {event}</source>
        <translation>胸牌：{event}</translation>
    </message>
</context>
<context>
    <name>Check</name>
    <message>
        <source>Integrity</source>
        <translation>完整性</translation>
    </message>
    <message>
        <source>Foreign keys</source>
        <translation>外键</translation>
    </message>
    <message>
        <source>Schema revision</source>
        <translation>架构版本</translation>
    </message>
    <message>
        <source>Search index</source>
        <translation>搜索索引</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>… and {count} more</source>
        <translation>……另有 {count} 项</translation>
    </message>
    <message>
        <source>{table} row {row} refers to a missing {parent}</source>
        <translation>{table} 第 {row} 行引用了不存在的 {parent}</translation>
    </message>
    <message>
        <source>none: this is not an ISA Desk database</source>
        <translation>无：这不是 ISA Desk 数据库</translation>
    </message>
    <message>
        <source>{revision} (current)</source>
        <translation>{revision}（最新）</translation>
    </message>
    <message>
        <source>{revision} (upgraded to {head} at the next start)</source>
        <translation>{revision}（下次启动时升级到 {head}）</translation>
    </message>
    <message>
        <source>{revision} is of a newer version of ISA Desk</source>
        <translation>{revision} 来自较新版本的 ISA Desk</translation>
    </message>
    <message>
        <source>missing; it is made again when the database is opened</source>
        <translation>缺失；打开数据库时会重新创建</translation>
    </message>
    <message>
        <source>the contacts' search index does not match the contacts; rebuild it with {command}</source>
        <translation>联系人的搜索索引与联系人不一致；请用 {command} 重建</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>See {command}.</source>
        <translation>请参阅 {command}。</translation>
    </message>
    <message>
        <source>{command}: unknown language {language}: choose de, en or zh.</source>
        <translation>{command}：未知语言 {language}：请选择 de、en 或 zh。</translation>
    </message>
    <message>
        <source>Contacts, members, inquiries and events of the ISA office. Without a command the window opens.</source>
        <translation>ISA 办公室的联系人、成员、咨询和活动。不带命令时打开程序窗口。</translation>
    </message>
    <message>
        <source>PATH_OR_URL</source>
        <translation>路径或URL</translation>
    </message>
    <message>
        <source>the database file or an SQLAlchemy URL (default: $ISA_DESK_DATABASE, then the file in the user data folder)</source>
        <translation>数据库文件或 SQLAlchemy URL（默认：$ISA_DESK_DATABASE，其次为用户数据文件夹中的文件）</translation>
    </message>
    <message>
        <source>language of the program (default: de)</source>
        <translation>程序语言（默认：de）</translation>
    </message>
    <message>
        <source>use the separate demo database, filled with demo data on first use</source>
        <translation>使用单独的演示数据库，首次使用时填入演示数据</translation>
    </message>
    <message>
        <source>COMMAND</source>
        <translation>命令</translation>
    </message>
    <message>
        <source>commands</source>
        <translation>命令</translation>
    </message>
    <message>
        <source>ISA Desk cannot use {path}: {reason}. Choose another folder with ISA_DESK_HOME or a database with --database.</source>
        <translation>ISA Desk 无法使用 {path}：{reason}。请用 ISA_DESK_HOME 指定其他文件夹，或用 --database 指定数据库。</translation>
    </message>
    <message>
        <source>The database {path} does not exist. Check the path given with --database or in ISA_DESK_DATABASE, or create it: isa-desk --database {path} init</source>
        <translation>数据库 {path} 不存在。请检查 --database 或 ISA_DESK_DATABASE 中的路径，或者新建它：isa-desk --database {path} init</translation>
    </message>
    <message>
        <source>The database {target} needs a driver that is not installed ({reason}). Install it, for PostgreSQL: pip install "psycopg[binary]".</source>
        <translation>数据库 {target} 需要一个未安装的驱动程序（{reason}）。PostgreSQL 的驱动可用以下命令安装：pip install "psycopg[binary]"。</translation>
    </message>
    <message>
        <source>Members: {count}</source>
        <translation>成员：{count}</translation>
    </message>
    <message>
        <source>Other member records (interested cities, guests, former members): {count}</source>
        <translation>其他成员记录（意向城市、观察员、前成员）：{count}</translation>
    </message>
    <message>
        <source>Organisations: {count}</source>
        <translation>机构：{count}</translation>
    </message>
    <message>
        <source>Contacts: {count}</source>
        <translation>联系人：{count}</translation>
    </message>
    <message>
        <source>Membership inquiries: {count}</source>
        <translation>入盟咨询：{count}</translation>
    </message>
    <message>
        <source>Activities: {count}</source>
        <translation>往来记录：{count}</translation>
    </message>
    <message>
        <source>Events: {count}</source>
        <translation>活动：{count}</translation>
    </message>
    <message>
        <source>Participants: {count}</source>
        <translation>参会者：{count}</translation>
    </message>
    <message>
        <source>Tags: {count}</source>
        <translation>标签：{count}</translation>
    </message>
    <message>
        <source>Audit trail entries: {count}</source>
        <translation>审计日志条目：{count}</translation>
    </message>
    <message>
        <source>fill or refresh the database with the demo data</source>
        <translation>用演示数据填充或刷新数据库</translation>
    </message>
    <message>
        <source>Writes the demo data set (the alliance's members, fictional contacts, inquiries and an event) into the database. Running it again refreshes it.</source>
        <translation>将演示数据集（联盟成员、虚构的联系人、咨询和一项活动）写入数据库。再次运行会刷新这些数据。</translation>
    </message>
    <message>
        <source>Demo data written to {database}.</source>
        <translation>演示数据已写入 {database}。</translation>
    </message>
    <message>
        <source>export a list as an Excel workbook, contacts also as vCards or for Outlook</source>
        <translation>将列表导出为 Excel 工作簿，联系人也可导出为 vCard 或 Outlook 格式</translation>
    </message>
    <message>
        <source>Writes members, organisations, contacts, membership inquiries or an event's participants into an Excel workbook (.xlsx), with headers in the program's language and an ID column for a later re-import. Contacts can also be written as vCards (FILE.vcf, or a folder for one file per contact) and as Outlook's CSV file (FILE.csv --format outlook).</source>
        <translation>将成员、机构、联系人、入盟咨询或活动参会者写入 Excel 工作簿（.xlsx），列标题使用程序语言，并带有 ID 列以便日后重新导入。联系人也可写为 vCard（文件.vcf，或每个联系人一个文件的文件夹）以及 Outlook 的 CSV 文件（文件.csv --format outlook）。</translation>
    </message>
    <message>
        <source>LIST</source>
        <translation>列表</translation>
    </message>
    <message>
        <source>FILE.xlsx</source>
        <translation>文件.xlsx</translation>
    </message>
    <message>
        <source>only this country (code or name)</source>
        <translation>仅限此国家（代码或名称）</translation>
    </message>
    <message>
        <source>only this status (members, inquiries, participants)</source>
        <translation>仅限此状态（成员、咨询、参会者）</translation>
    </message>
    <message>
        <source>only records with this tag</source>
        <translation>仅限带此标签的记录</translation>
    </message>
    <message>
        <source>xlsx, vcard (contacts as vCards: FILE.vcf, or a folder for one file per contact) or outlook (contacts as Outlook's CSV file: FILE.csv); default: found from the file name</source>
        <translation>xlsx、vcard（联系人导出为 vCard：文件.vcf，或每个联系人一个文件的文件夹）或 outlook（联系人导出为 Outlook 的 CSV 文件：文件.csv）；默认：根据文件名判断</translation>
    </message>
    <message>
        <source>the vCard version: 3.0 (default, read by Outlook and Thunderbird) or 4.0</source>
        <translation>vCard 版本：3.0（默认，Outlook 和 Thunderbird 可读）或 4.0</translation>
    </message>
    <message>
        <source>the language of Outlook's column names: de (default) or en, as Outlook runs</source>
        <translation>Outlook 列名的语言：de（默认）或 en，与 Outlook 的语言一致</translation>
    </message>
    <message>
        <source>{file}: a CSV file is written in Outlook's layout: add --format outlook.</source>
        <translation>{file}：CSV 文件按 Outlook 的格式写入：请加上 --format outlook。</translation>
    </message>
    <message>
        <source>--format {format} is for contacts only.</source>
        <translation>--format {format} 仅适用于联系人。</translation>
    </message>
    <message>
        <source>{file}: with --format {format} the file name must end in {suffix}.</source>
        <translation>{file}：使用 --format {format} 时，文件名必须以 {suffix} 结尾。</translation>
    </message>
    <message numerus="yes">
        <source>%n rows of {list} written to {file}.</source>
        <translation><numerusform>已将{list}的 %n 行写入 {file}。</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n contacts written to {file} for Outlook.</source>
        <translation><numerusform>已为 Outlook 将 %n 个联系人写入 {file}。</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n contacts written to {file}, one vCard {version} file each.</source>
        <translation><numerusform>已将 %n 个联系人写入 {file}，每人一个 vCard {version} 文件。</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n contacts written to {file} as vCard {version}.</source>
        <translation><numerusform>已将 %n 个联系人以 vCard {version} 格式写入 {file}。</numerusform></translation>
    </message>
    <message>
        <source>TITLE_OR_ID</source>
        <translation>标题或ID</translation>
    </message>
    <message>
        <source>the event whose participants to export</source>
        <translation>要导出其参会者的活动</translation>
    </message>
    <message>
        <source>--status does not apply to {list}.</source>
        <translation>--status 不适用于“{list}”。</translation>
    </message>
    <message>
        <source>Unknown status “{status}”: choose one of {choices}.</source>
        <translation>未知状态“{status}”：请从 {choices} 中选择一个。</translation>
    </message>
    <message>
        <source>“{country}” is not a country ISA Desk knows.</source>
        <translation>“{country}”不是 ISA Desk 已知的国家。</translation>
    </message>
    <message>
        <source>{file}: the file name must end in .xlsx.</source>
        <translation>{file}：文件名必须以 .xlsx 结尾。</translation>
    </message>
    <message>
        <source>Name the event with --event TITLE or --event ID.</source>
        <translation>请用 --event 标题 或 --event ID 指定活动。</translation>
    </message>
    <message>
        <source>make a checked copy of the database file</source>
        <translation>创建经过检查的数据库文件副本</translation>
    </message>
    <message>
        <source>Copies the database with SQLite's backup API (also while the window has it open), checks the copy and only then gives it its name. Without FILE the copy goes to the backups folder beside the database.</source>
        <translation>使用 SQLite 的备份接口复制数据库（窗口打开数据库时也可以），检查副本后才为其命名。未指定 FILE 时，副本保存在数据库旁的备份文件夹中。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>{target} is not a database file: backups, restores and checks are for SQLite files. Back up a server database with the server's own tools.</source>
        <translation>{target} 不是数据库文件：备份、恢复和检查仅适用于 SQLite 文件。服务器数据库请使用服务器自带的工具备份。</translation>
    </message>
    <message>
        <source>Backup of {database} written to {path} ({size})</source>
        <translation>{database} 的备份已写入 {path}（{size}）</translation>
    </message>
    <message>
        <source>import contacts or members from a workbook, CSV or vCard file</source>
        <translation>从工作簿、CSV 或 vCard 文件导入联系人或成员</translation>
    </message>
    <message>
        <source>Reads contacts or members from an Excel workbook (.xlsx, .xls), an OpenDocument spreadsheet (.ods) or a CSV file, or contacts from a vCard file (.vcf, one or many cards), checks every row and writes them in one step that can be undone in the window. With any error nothing is written, unless --skip-invalid is given. Exit codes: 0 done, 1 rows failed validation (nothing written), 2 the file cannot be read or no column is recognised.</source>
        <translation>从 Excel 工作簿（.xlsx、.xls）、OpenDocument 电子表格（.ods）或 CSV 文件读取联系人或成员，或从 vCard 文件（.vcf，一张或多张名片）读取联系人，检查每一行，并一次性写入（可在窗口中撤销）。只要有错误就不写入任何内容，除非指定 --skip-invalid。退出代码：0 完成，1 有行未通过检查（未写入），2 文件无法读取或无法识别任何列。</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>the sheet to read (default: the first)</source>
        <translation>要读取的工作表（默认：第一个）</translation>
    </message>
    <message>
        <source>ENCODING</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>the encoding of a CSV file: utf-8, utf-16-le, utf-16-be, cp1252, gb18030 (also for GBK), big5, or utf-8+cp1252 for lines in either (default: found from the file)</source>
        <translation>CSV 文件的编码：utf-8、utf-16-le、utf-16-be、cp1252、gb18030（也用于 GBK）、big5，或 utf-8+cp1252（各行为其中之一）（默认：从文件识别）</translation>
    </message>
    <message>
        <source>SEPARATOR</source>
        <translation>分隔符</translation>
    </message>
    <message>
        <source>the separator of a CSV file: semicolon, comma, tab or pipe, or the character itself (default: found from the file)</source>
        <translation>CSV 文件的分隔符：semicolon、comma、tab 或 pipe，或该字符本身（默认：从文件识别）</translation>
    </message>
    <message>
        <source>check and count only, write nothing</source>
        <translation>仅检查和计数，不写入任何内容</translation>
    </message>
    <message>
        <source>import the valid rows even if others have errors</source>
        <translation>即使其他行有错误，也导入有效的行</translation>
    </message>
    <message>
        <source>what to do with a row that matches an existing record: skip it (default), update the record, or fill only its empty fields</source>
        <translation>与现有记录匹配的行如何处理：跳过（默认）、更新该记录，或仅填充其空白字段</translation>
    </message>
    <message>
        <source>a column mapping saved in the window</source>
        <translation>在窗口中保存的列映射</translation>
    </message>
    <message>
        <source>save the rows with errors, with their messages, as a workbook</source>
        <translation>将有错误的行连同错误信息保存为工作簿</translation>
    </message>
    <message>
        <source>print the result as JSON</source>
        <translation>以 JSON 格式输出结果</translation>
    </message>
    <message>
        <source>unknown encoding “{name}” (choose one of: {choices})</source>
        <translation>未知编码“{name}”（请选择其一：{choices}）</translation>
    </message>
    <message>
        <source>unknown separator “{name}” (choose semicolon, comma, tab or pipe)</source>
        <translation>未知分隔符“{name}”（请选择 semicolon、comma、tab 或 pipe）</translation>
    </message>
    <message>
        <source>{file}: nothing was imported, {count} rows have errors. Correct them, or import the valid rows with --skip-invalid.</source>
        <translation>{file}：未导入任何内容，{count} 行有错误。请更正这些行，或使用 --skip-invalid 导入有效的行。</translation>
    </message>
    <message>
        <source>{file}: {created} created, {updated} updated, {skipped} skipped, {duplicates} duplicates.</source>
        <translation>{file}：新建 {created} 条，更新 {updated} 条，跳过 {skipped} 条，重复 {duplicates} 条。</translation>
    </message>
    <message>
        <source>Dry run: nothing was written.</source>
        <translation>试运行：未写入任何内容。</translation>
    </message>
    <message>
        <source>New organisations: {names}</source>
        <translation>新建机构：{names}</translation>
    </message>
    <message>
        <source>show the database location, schema revision and counts</source>
        <translation>显示数据库位置、架构版本和记录数</translation>
    </message>
    <message>
        <source>Shows where the database is, its schema revision and how many records of each kind it holds. Changes nothing.</source>
        <translation>显示数据库所在位置、其架构版本以及各类记录的数量。不做任何更改。</translation>
    </message>
    <message>
        <source>Database: {database}</source>
        <translation>数据库：{database}</translation>
    </message>
    <message>
        <source>Schema revision: {revision} (current)</source>
        <translation>架构版本：{revision}（最新）</translation>
    </message>
    <message>
        <source>Schema revision: {revision} (this program: {head})</source>
        <translation>架构版本：{revision}（本程序：{head}）</translation>
    </message>
    <message>
        <source>list the membership inquiries and what is due</source>
        <translation>列出入盟咨询及到期事项</translation>
    </message>
    <message>
        <source>Lists the membership inquiries with their status, contact person, next follow-up and days open. Changes nothing.</source>
        <translation>列出入盟咨询及其状态、联系人、下次跟进日期和未结天数。不做任何更改。</translation>
    </message>
    <message>
        <source>only inquiries in this status: {choices}</source>
        <translation>仅限此状态的咨询：{choices}</translation>
    </message>
    <message>
        <source>only open inquiries whose follow-up is today or earlier</source>
        <translation>仅限跟进日期为今天或更早的未结咨询</translation>
    </message>
    <message>
        <source>print a JSON list of objects (id, city, status, contact, next_follow_up, days_open)</source>
        <translation>输出 JSON 对象列表（id、city、status、contact、next_follow_up、days_open）</translation>
    </message>
    <message>
        <source>(overdue)</source>
        <translation>(已逾期)</translation>
    </message>
    <message>
        <source>(today)</source>
        <translation>(今天)</translation>
    </message>
    <message>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Next follow-up</source>
        <translation>下次跟进</translation>
    </message>
    <message>
        <source>Days open</source>
        <translation>未结天数</translation>
    </message>
    <message>
        <source>Nothing is due.</source>
        <translation>没有到期事项。</translation>
    </message>
    <message>
        <source>No inquiries.</source>
        <translation>没有咨询。</translation>
    </message>
    <message>
        <source>Due or overdue: {count}</source>
        <translation>到期或已逾期：{count}</translation>
    </message>
    <message>
        <source>make mail-merge letters as PDF</source>
        <translation>生成 PDF 格式的邮件合并信函</translation>
    </message>
    <message>
        <source>KEY</source>
        <translation>代号</translation>
    </message>
    <message>
        <source>the template (see isa-desk templates)</source>
        <translation>模板（参见 isa-desk templates）</translation>
    </message>
    <message>
        <source>FILE.pdf</source>
        <translation>文件.pdf</translation>
    </message>
    <message>
        <source>all letters in one PDF, for printing</source>
        <translation>所有信函合成一个 PDF，用于打印</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>目录</translation>
    </message>
    <message>
        <source>one PDF per recipient in this folder, named family name_given name.pdf</source>
        <translation>每位收件人一个 PDF，存放在此文件夹中，文件名为 姓_名.pdf</translation>
    </message>
    <message>
        <source>address labels, A4 sheets of 3 × 8 labels of 70 × 37 mm</source>
        <translation>地址标签，A4 纸，每页 3 × 8 张 70 × 37 mm 的标签</translation>
    </message>
    <message>
        <source>contacts with this tag</source>
        <translation>带此标签的联系人</translation>
    </message>
    <message>
        <source>the event for the merge fields; its participants are recipients</source>
        <translation>用于合并字段的活动；其参会者为收件人</translation>
    </message>
    <message>
        <source>STATUS,...</source>
        <translation>状态,...</translation>
    </message>
    <message>
        <source>participants with these statuses (default: invited,registered; all: every status)</source>
        <translation>具有这些状态的参会者（默认：invited,registered；all：所有状态）</translation>
    </message>
    <message>
        <source>NAME_OR_ID</source>
        <translation>名称或ID</translation>
    </message>
    <message>
        <source>the contacts of this member</source>
        <translation>此成员的联系人</translation>
    </message>
    <message>
        <source>these contacts</source>
        <translation>这些联系人</translation>
    </message>
    <message>
        <source>every contact</source>
        <translation>所有联系人</translation>
    </message>
    <message>
        <source>DIN 5008 form (default: the sender's setting, B)</source>
        <translation>DIN 5008 版式（默认：寄件人设置，B）</translation>
    </message>
    <message>
        <source>Merges a letter template for the chosen recipients into DIN 5008 letters (PDF). The selections add up; contacts without postal address, marked "no post", inactive or without consent to the purpose are skipped and listed. Exit codes: 0 done, 1 template error (nothing made), 2 unusable arguments.</source>
        <translation>将信函模板与所选收件人合并为符合 DIN 5008 的信函（PDF）。各项选择会累加；没有邮寄地址、标记为“不寄信”、已停用或未同意该用途的联系人将被跳过并列出。退出代码：0 完成，1 模板错误（未生成任何信函），2 参数无法使用。</translation>
    </message>
    <message>
        <source>the letters' date (default: today)</source>
        <translation>信函日期（默认：今天）</translation>
    </message>
    <message>
        <source>what the run is for: contacts without consent in force for it are skipped and listed; none for correspondence, which needs no consent (default: invitations with --event, else none)</source>
        <translation>本次运行的用途：对此用途没有有效同意的联系人将被跳过并列出；none 表示往来信函，无需同意（默认：使用 --event 时为 invitations，否则为 none）</translation>
    </message>
    <message>
        <source>write each recipient in their preferred language: with the template given for it (--template-de, --template-en, --template-zh), else the built-in one of the same family as --template, else --template</source>
        <translation>用每位收件人偏好的语言书写：使用为该语言指定的模板（--template-de、--template-en、--template-zh），否则使用与 --template 同一系列的内置模板，再否则使用 --template</translation>
    </message>
    <message>
        <source>the template for recipients who read German (sets --per-language)</source>
        <translation>阅读德语的收件人所用的模板（同时启用 --per-language）</translation>
    </message>
    <message>
        <source>the template for recipients who read English (sets --per-language)</source>
        <translation>阅读英语的收件人所用的模板（同时启用 --per-language）</translation>
    </message>
    <message>
        <source>the template for recipients who read Chinese (sets --per-language)</source>
        <translation>阅读中文的收件人所用的模板（同时启用 --per-language）</translation>
    </message>
    <message>
        <source>addresses in China in Chinese order, from 中国 to the recipient (… 收), in characters where the records have them</source>
        <translation>中国境内的地址按中文顺序书写，从“中国”到收件人（…收），记录中有汉字时使用汉字</translation>
    </message>
    <message>
        <source>No letter made: every recipient was skipped.</source>
        <translation>未生成任何信函：所有收件人均被跳过。</translation>
    </message>
    <message>
        <source>Unknown participant status in --status {status}: use {choices} or all.</source>
        <translation>--status 中的参会者状态 {status} 未知：请使用 {choices} 或 all。</translation>
    </message>
    <message>
        <source>Say where the letters go: --out, --split or --labels.</source>
        <translation>请指定信函输出方式：--out、--split 或 --labels。</translation>
    </message>
    <message>
        <source>Choose recipients: --tag, --event, --member, --contact or --all.</source>
        <translation>请选择收件人：--tag、--event、--member、--contact 或 --all。</translation>
    </message>
    <message>
        <source>list the events with their participant counts</source>
        <translation>列出活动及其参会人数</translation>
    </message>
    <message>
        <source>Lists the events, newest first, with how many people are on the list and how many are in each status. Changes nothing.</source>
        <translation>列出活动（最新的在前），以及名单上的人数和各状态的人数。不做任何更改。</translation>
    </message>
    <message>
        <source>print a JSON list of objects (id, title, starts_at, ends_at, place, registration_deadline, total and a count per status)</source>
        <translation>输出 JSON 对象列表（id、title、starts_at、ends_at、place、registration_deadline、total 以及各状态的人数）</translation>
    </message>
    <message>
        <source>name badges of an event as PDF</source>
        <translation>以 PDF 格式生成活动胸牌</translation>
    </message>
    <message>
        <source>Name badges (A6, four on an A4 page): name, name in Chinese characters, organisation and member city of the event's participants.</source>
        <translation>胸牌（A6，每张 A4 纸四个）：活动参会者的姓名、中文名、机构和所属成员城市。</translation>
    </message>
    <message>
        <source>the attendance list of an event as PDF</source>
        <translation>以 PDF 格式生成活动签到表</translation>
    </message>
    <message>
        <source>The list to sign on the day: name, organisation and a signature column for the event's participants, with page numbers.</source>
        <translation>活动当天签名用的名单：包含参会者的姓名、机构和签名栏，并带页码。</translation>
    </message>
    <message>
        <source>the event</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>the PDF file to write</source>
        <translation>要写入的 PDF 文件</translation>
    </message>
    <message>
        <source>participants with these statuses (default: registered,attended; all: every status)</source>
        <translation>具有这些状态的参会者（默认：registered,attended；all：所有状态）</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>总数</translation>
    </message>
    <message>
        <source>No events.</source>
        <translation>没有活动。</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist.</source>
        <translation>文件夹 {folder} 不存在。</translation>
    </message>
    <message numerus="yes">
        <source>%n pages</source>
        <translation><numerusform>%n 页</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n name badges on {pages} written to {path}.</source>
        <translation><numerusform>已将 %n 个胸牌（共{pages}）写入 {path}。</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Attendance list of %n people on {pages} written to {path}.</source>
        <translation><numerusform>已将 %n 人的签到表（共{pages}）写入 {path}。</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n letters, {pages}.</source>
        <translation><numerusform>%n 封信，共{pages}。</numerusform></translation>
    </message>
    <message>
        <source>Written: {path}</source>
        <translation>已写入：{path}</translation>
    </message>
    <message>
        <source>One PDF per recipient in: {folder}</source>
        <translation>每位收件人一个 PDF，位于：{folder}</translation>
    </message>
    <message>
        <source>Skipped ({count}):</source>
        <translation>已跳过（{count}）：</translation>
    </message>
    <message>
        <source>list the letter templates</source>
        <translation>列出信函模板</translation>
    </message>
    <message>
        <source>Lists the keys of the letter templates (for isa-desk letters --template), with language and name.</source>
        <translation>列出信函模板的代号（用于 isa-desk letters --template）及其语言和名称。</translation>
    </message>
    <message>
        <source>* written by the office</source>
        <translation>* 由办公室自行编写</translation>
    </message>
    <message>
        <source>create an empty database</source>
        <translation>新建空数据库</translation>
    </message>
    <message>
        <source>Creates an empty database at the place given with --database (or in ISA_DESK_DATABASE, else in the user data folder). An existing file is left alone. For a server URL the tables are made in the existing database.</source>
        <translation>在 --database 指定的位置（或 ISA_DESK_DATABASE，否则在用户数据文件夹中）新建空数据库。已有的文件保持不变。对于服务器 URL，表将建在已有的数据库中。</translation>
    </message>
    <message>
        <source>{path} exists already; nothing was changed.</source>
        <translation>{path} 已存在；未做任何更改。</translation>
    </message>
    <message>
        <source>Empty database created: {database}</source>
        <translation>已新建空数据库：{database}</translation>
    </message>
    <message>
        <source>check the database file for damage</source>
        <translation>检查数据库文件是否损坏</translation>
    </message>
    <message>
        <source>Runs SQLite's integrity check and the foreign key check, looks at the schema revision and compares the contacts' search index with the contacts. Exit code 0: no problems; 1: problems, each on a line of its own.</source>
        <translation>运行 SQLite 的完整性检查和外键检查，查看架构版本，并将联系人的搜索索引与联系人比对。返回值 0：无问题；1：有问题，每个问题占一行。</translation>
    </message>
    <message>
        <source>rebuild the contacts' search index when it does not match</source>
        <translation>联系人搜索索引不一致时重建</translation>
    </message>
    <message>
        <source>The database {path} does not exist.</source>
        <translation>数据库 {path} 不存在。</translation>
    </message>
    <message>
        <source>{path}: problems found ({topics}).</source>
        <translation>{path}：发现问题（{topics}）。</translation>
    </message>
    <message>
        <source>{path}: no problems found.</source>
        <translation>{path}：未发现问题。</translation>
    </message>
    <message>
        <source>The search index was not rebuilt: the database does not pass the integrity check.</source>
        <translation>未重建搜索索引：数据库未通过完整性检查。</translation>
    </message>
    <message>
        <source>The search index was rebuilt.</source>
        <translation>搜索索引已重建。</translation>
    </message>
    <message>
        <source>replace the database with a backup</source>
        <translation>用备份替换数据库</translation>
    </message>
    <message>
        <source>Replaces the database with the backup FILE, after checking it and backing up the current data into the backups folder. Without --yes only says what it would do.</source>
        <translation>检查备份 FILE 并将当前数据备份到备份文件夹后，用该备份替换数据库。不加 --yes 时只说明将要做什么。</translation>
    </message>
    <message>
        <source>replace the database, do not ask</source>
        <translation>直接替换数据库，不再询问</translation>
    </message>
    <message>
        <source>{source} can be restored: it would replace {database}, whose data would be backed up into {folder} first. Run the command again with --yes to do it.</source>
        <translation>{source} 可以恢复：它将替换 {database}，替换前其数据会备份到 {folder}。加上 --yes 再次运行命令即可执行。</translation>
    </message>
    <message>
        <source>{database} now holds the data of {source}.</source>
        <translation>{database} 现在包含 {source} 的数据。</translation>
    </message>
    <message>
        <source>The data it held before was backed up to {path}</source>
        <translation>其原有数据已备份到 {path}</translation>
    </message>
    <message>
        <source>send a letter template by e-mail to each recipient</source>
        <translation>将信函模板通过电子邮件发送给每位收件人</translation>
    </message>
    <message>
        <source>send through this mail server: smtp:// with STARTTLS (port 587), smtps:// with TLS (port 465); the password from the system's password store ("ISA Desk SMTP", USER@HOST) or ISA_DESK_SMTP_PASSWORD</source>
        <translation>通过此邮件服务器发送：smtp:// 使用 STARTTLS（端口 587），smtps:// 使用 TLS（端口 465）；密码取自系统密码存储（“ISA Desk SMTP”，用户@主机）或 ISA_DESK_SMTP_PASSWORD</translation>
    </message>
    <message>
        <source>write one .eml draft per recipient into this folder, for Outlook</source>
        <translation>为每位收件人在此文件夹中写入一个 .eml 草稿，供 Outlook 使用</translation>
    </message>
    <message>
        <source>attach each recipient's letter as PDF</source>
        <translation>将每位收件人的信函作为 PDF 附上</translation>
    </message>
    <message>
        <source>attach these files to every message</source>
        <translation>在每封邮件中附上这些文件</translation>
    </message>
    <message>
        <source>ADDRESS</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>the sender's address (default: the e-mail address of the letters' sender)</source>
        <translation>发件人地址（默认：信函发件人的电子邮件地址）</translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation>秒</translation>
    </message>
    <message>
        <source>seconds to wait between two messages (default: 1)</source>
        <translation>两封邮件之间等待的秒数（默认：1）</translation>
    </message>
    <message>
        <source>send only the first recipient's message to this address, to see it</source>
        <translation>仅将第一位收件人的邮件发送到此地址，以便查看</translation>
    </message>
    <message>
        <source>list the recipients and subjects; send nothing</source>
        <translation>列出收件人和主题；不发送</translation>
    </message>
    <message>
        <source>print JSON</source>
        <translation>输出 JSON</translation>
    </message>
    <message>
        <source>send what a mailing that stopped has not sent yet (through the server or folder it was started with unless --smtp or --eml is given)</source>
        <translation>发送中断的群发尚未发出的邮件（通过开始时使用的服务器或文件夹，除非指定了 --smtp 或 --eml）</translation>
    </message>
    <message>
        <source>--pace must not be negative.</source>
        <translation>--pace 不能为负数。</translation>
    </message>
    <message>
        <source>Sends a letter template as one e-mail per recipient, merged like their letter and in their language, through a mail server (--smtp) or as .eml drafts for Outlook (--eml). Contacts marked "no e-mails", inactive, without an address or without consent to the purpose are skipped and listed. Nothing is sent twice: a mailing that stopped is continued with --resume, or by the same command again. Exit codes: 0 all accepted, 1 some refused or not yet accepted, 2 unusable arguments or no connection.</source>
        <translation>将信函模板按每位收件人一封邮件发送，像其信函一样合并并使用其语言，通过邮件服务器（--smtp）发送或写成供 Outlook 使用的 .eml 草稿（--eml）。标记为“不发邮件”、已停用、没有地址或未同意该用途的联系人将被跳过并列出。不会重复发送：中断的群发可用 --resume 继续，或再次运行同一命令。退出代码：0 全部被接收，1 部分被拒绝或尚未被接收，2 参数无法使用或无法连接。</translation>
    </message>
    <message>
        <source>--resume continues a mailing as it was started: leave out --template, --purpose and the recipients.</source>
        <translation>--resume 按群发开始时的设置继续：请省略 --template、--purpose 和收件人。</translation>
    </message>
    <message>
        <source>Choose the template: --template KEY.</source>
        <translation>请选择模板：--template 键名。</translation>
    </message>
    <message>
        <source>Say where the e-mails go: --smtp smtp[s]://USER@HOST:PORT or --eml DIR.</source>
        <translation>请指定邮件的去向：--smtp smtp[s]://用户@主机:端口 或 --eml 文件夹。</translation>
    </message>
    <message>
        <source>Continuing the unfinished mailing {id} of the same template to the same recipients: only what it has not sent yet goes out.</source>
        <translation>继续同一模板发给相同收件人的未完成群发 {id}：只发送尚未发出的邮件。</translation>
    </message>
    <message>
        <source>Password for {account}: </source>
        <translation>{account} 的密码：</translation>
    </message>
    <message>
        <source>No recipient gets an e-mail: nothing to test.</source>
        <translation>没有收件人会收到邮件：无可测试。</translation>
    </message>
    <message>
        <source>Test message sent to {address}: {answer}</source>
        <translation>测试邮件已发送至 {address}：{answer}</translation>
    </message>
    <message>
        <source>The server did not accept the test message: {answer}</source>
        <translation>服务器未接收测试邮件：{answer}</translation>
    </message>
    <message numerus="yes">
        <source>%n e-mails would be sent:</source>
        <translation><numerusform>将发送 %n 封邮件：</numerusform></translation>
    </message>
    <message>
        <source>Dry run: nothing was sent.</source>
        <translation>试运行：未发送任何邮件。</translation>
    </message>
    <message numerus="yes">
        <source>Mailing {id}: %n drafts written to {folder}.</source>
        <translation><numerusform>群发 {id}：已将 %n 份草稿写入 {folder}。</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Mailing {id}: %n e-mails sent.</source>
        <translation><numerusform>群发 {id}：已发送 %n 封邮件。</numerusform></translation>
    </message>
    <message>
        <source>Refused ({count}):</source>
        <translation>被拒绝（{count}）：</translation>
    </message>
    <message>
        <source>Not accepted yet ({count}):</source>
        <translation>尚未被接收（{count}）：</translation>
    </message>
    <message>
        <source>Send them later with: isa-desk mail --resume {id}</source>
        <translation>稍后可用以下命令发送：isa-desk mail --resume {id}</translation>
    </message>
    <message>
        <source>copy the whole database into an empty database on a server</source>
        <translation>将整个数据库复制到服务器上的空数据库</translation>
    </message>
    <message>
        <source>Copies every record of the database (ids, audit trail, templates, settings) into an empty PostgreSQL database in one transaction, and compares the number of rows of every table before it is committed. The password comes from the URL, the system's password store or ISA_DESK_DB_PASSWORD.</source>
        <translation>在一个事务中将数据库的全部记录（编号、变更记录、模板、设置）复制到一个空的 PostgreSQL 数据库，并在提交前核对每个表的行数。密码取自 URL、系统密码存储或 ISA_DESK_DB_PASSWORD。</translation>
    </message>
    <message>
        <source>the empty database, e.g. postgresql+psycopg://USER@SERVER/isa</source>
        <translation>空数据库，例如 postgresql+psycopg://用户@服务器/isa</translation>
    </message>
    <message>
        <source>Copied from {source} to {target}:</source>
        <translation>已从 {source} 复制到 {target}：</translation>
    </message>
    <message>
        <source>Verified: every table on the server holds as many rows as here ({total} in all).</source>
        <translation>已核对：服务器上每个表的行数与此处相同（共 {total} 行）。</translation>
    </message>
    <message>
        <source>export or erase one person's data (GDPR)</source>
        <translation>导出或删除某人的数据（GDPR）</translation>
    </message>
    <message>
        <source>What the GDPR asks for one person: all their data as a file (Art. 15), or their data erased for good (Art. 17).</source>
        <translation>GDPR 针对个人的要求：以文件形式提供其全部数据（第 15 条），或永久删除其数据（第 17 条）。</translation>
    </message>
    <message>
        <source>write everything kept about a contact to a JSON or PDF file</source>
        <translation>将某联系人的全部保存数据写入 JSON 或 PDF 文件</translation>
    </message>
    <message>
        <source>erase a contact for good, with their history</source>
        <translation>永久删除联系人及其历史记录</translation>
    </message>
    <message>
        <source>Removes the contact and everything about them: activities, participations, consents, the name and address in mailings, imports, and their values in the history. Then compacts the database so the values are gone from its files. This cannot be undone. Without --yes, only shows what would be erased.</source>
        <translation>删除该联系人及与其相关的一切：往来记录、参会记录、同意记录、群发中的姓名和地址、导入记录，以及历史记录中的相关值。随后压缩数据库，使这些值也从数据库文件中消失。此操作无法撤销。不加 --yes 时，仅显示将被删除的内容。</translation>
    </message>
    <message>
        <source>erase without asking again</source>
        <translation>删除时不再确认</translation>
    </message>
    <message>
        <source>The data of contact {id} was written to {path}</source>
        <translation>联系人 {id} 的数据已写入 {path}</translation>
    </message>
    <message>
        <source>Erasing {name} (contact {id}) for good would remove:</source>
        <translation>永久删除 {name}（联系人 {id}）将删除：</translation>
    </message>
    <message>
        <source>Nothing was erased. This cannot be undone: add --yes to erase.</source>
        <translation>未删除任何内容。此操作无法撤销：如需删除，请加上 --yes。</translation>
    </message>
    <message>
        <source>Contact {id} was erased for good:</source>
        <translation>联系人 {id} 已被永久删除：</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>头衔</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>名</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>姓</translation>
    </message>
    <message>
        <source>Chinese name</source>
        <translation>中文名</translation>
    </message>
    <message>
        <source>Name order</source>
        <translation>姓名顺序</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>机构</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>成员</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>电子邮箱</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>手机</translation>
    </message>
    <message>
        <source>Fax</source>
        <translation>传真</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>街道</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>邮编</translation>
    </message>
    <message>
        <source>Town</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>State/province</source>
        <translation>联邦州/省份</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国家</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Salutation in letters</source>
        <translation>信函称呼</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>No post</source>
        <translation>不寄信</translation>
    </message>
    <message>
        <source>No e-mail</source>
        <translation>不发邮件</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>有效</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Newsletter consent given on</source>
        <translation>新闻通讯同意日期</translation>
    </message>
    <message>
        <source>Newsletter consent source</source>
        <translation>新闻通讯同意来源</translation>
    </message>
    <message>
        <source>Newsletter consent withdrawn on</source>
        <translation>新闻通讯撤回日期</translation>
    </message>
    <message>
        <source>Invitations consent given on</source>
        <translation>邀请同意日期</translation>
    </message>
    <message>
        <source>Invitations consent source</source>
        <translation>邀请同意来源</translation>
    </message>
    <message>
        <source>Invitations consent withdrawn on</source>
        <translation>邀请撤回日期</translation>
    </message>
    <message>
        <source>Press list consent given on</source>
        <translation>媒体名单同意日期</translation>
    </message>
    <message>
        <source>Press list consent source</source>
        <translation>媒体名单同意来源</translation>
    </message>
    <message>
        <source>Press list consent withdrawn on</source>
        <translation>媒体名单撤回日期</translation>
    </message>
    <message>
        <source>Secretariat sharing consent given on</source>
        <translation>共享给秘书处同意日期</translation>
    </message>
    <message>
        <source>Secretariat sharing consent source</source>
        <translation>共享给秘书处同意来源</translation>
    </message>
    <message>
        <source>Secretariat sharing consent withdrawn on</source>
        <translation>共享给秘书处撤回日期</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Member since</source>
        <translation>加入时间</translation>
    </message>
    <message>
        <source>Left on</source>
        <translation>退出时间</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>网站</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Advisory board</source>
        <translation>顾问委员会</translation>
    </message>
    <message>
        <source>Interested city</source>
        <translation>意向城市</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>收到日期</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Next follow-up</source>
        <translation>下次跟进</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>结束日期</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>Participation</source>
        <translation>参会状态</translation>
    </message>
    <message>
        <source>Invited on</source>
        <translation>邀请日期</translation>
    </message>
    <message>
        <source>Registered on</source>
        <translation>报名日期</translation>
    </message>
    <message>
        <source>Accompanying persons</source>
        <translation>随行人员</translation>
    </message>
    <message>
        <source>Interpreting language</source>
        <translation>口译语言</translation>
    </message>
    <message>
        <source>Participation notes</source>
        <translation>参会备注</translation>
    </message>
    <message>
        <source>Salutation</source>
        <translation>称呼</translation>
    </message>
    <message>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>Days open</source>
        <translation>未结天数</translation>
    </message>
    <message>
        <source>Accompanying</source>
        <translation>随行</translation>
    </message>
    <message>
        <source>Interpreting</source>
        <translation>口译</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Begins</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>结束</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Registration deadline</source>
        <translation>报名截止日期</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>用途</translation>
    </message>
    <message>
        <source>Given on</source>
        <translation>同意日期</translation>
    </message>
    <message>
        <source>How given</source>
        <translation>同意方式</translation>
    </message>
    <message>
        <source>Withdrawn on</source>
        <translation>撤回日期</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>记录人</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>正文</translation>
    </message>
    <message>
        <source>Inquiry</source>
        <translation>咨询</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Closing</source>
        <translation>结束语</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>签名人</translation>
    </message>
    <message>
        <source>Signer's position</source>
        <translation>签名人职务</translation>
    </message>
    <message>
        <source>Built in</source>
        <translation>内置</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>List</source>
        <translation>列表</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Other contact</source>
        <translation>另一联系人</translation>
    </message>
    <message>
        <source>Decided at</source>
        <translation>判定时间</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>顺序</translation>
    </message>
    <message>
        <source>Registration until</source>
        <translation>报名截止</translation>
    </message>
    <message>
        <source>Invited</source>
        <translation>已邀请</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>已报名</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>已谢绝</translation>
    </message>
    <message>
        <source>No answer yet</source>
        <translation>尚未答复</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>已出席</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>未出席</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>{user}
{time}</source>
        <translation>{user}
{time}</translation>
    </message>
    <message>
        <source>Changed by someone else</source>
        <translation>已被他人更改</translation>
    </message>
    <message>
        <source>“{name}” was saved by someone else while you were editing it.</source>
        <translation>在您编辑期间，“{name}”已被他人保存。</translation>
    </message>
    <message>
        <source>“Save my changes” writes only the fields you changed over the newer version; every other field keeps the value saved meanwhile. Where both of you changed a field (marked), choose whose value to keep.</source>
        <translation>“保存我的更改”只把您更改过的字段写入较新的版本；其他字段保留期间已保存的值。对于双方都更改过的字段（已标记），请选择保留谁的值。</translation>
    </message>
    <message>
        <source>Save my changes</source>
        <translation>保存我的更改</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>When you opened it</source>
        <translation>打开时</translation>
    </message>
    <message>
        <source>Your value</source>
        <translation>您的值</translation>
    </message>
    <message>
        <source>Saved meanwhile</source>
        <translation>期间已保存</translation>
    </message>
    <message>
        <source>Changed by</source>
        <translation>更改人</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>保留</translation>
    </message>
    <message>
        <source>Both of you changed this field.</source>
        <translation>你们双方都更改了此字段。</translation>
    </message>
    <message>
        <source>Same change</source>
        <translation>相同的更改</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>我的</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>对方的</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
</context>
<context>
    <name>ContactEditor</name>
    <message>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Academic title</source>
        <translation>学术头衔</translation>
    </message>
    <message>
        <source>Office or position</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>名</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>姓</translation>
    </message>
    <message>
        <source>Enter a family name or choose an organisation.</source>
        <translation>请输入姓，或选择一个机构。</translation>
    </message>
    <message>
        <source>Name order</source>
        <translation>姓名顺序</translation>
    </message>
    <message>
        <source>Name in Chinese characters</source>
        <translation>中文名</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>机构</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>成员</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>电子邮箱</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>手机</translation>
    </message>
    <message>
        <source>Fax</source>
        <translation>传真</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>街道</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>邮编</translation>
    </message>
    <message>
        <source>Town</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>State or province</source>
        <translation>联邦州或省份</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国家</translation>
    </message>
    <message>
        <source>Preferred language</source>
        <translation>首选语言</translation>
    </message>
    <message>
        <source>Own salutation</source>
        <translation>自定义称呼</translation>
    </message>
    <message>
        <source>e.g. Lieber Herr Berg,</source>
        <translation>例如：Lieber Herr Berg,</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>No post</source>
        <translation>不寄信</translation>
    </message>
    <message>
        <source>No e-mail</source>
        <translation>不发邮件</translation>
    </message>
    <message>
        <source>{purpose}: consent given on</source>
        <translation>{purpose}：同意日期</translation>
    </message>
    <message>
        <source>{purpose}: consent source</source>
        <translation>{purpose}：同意来源</translation>
    </message>
    <message>
        <source>e.g. registration form</source>
        <translation>例如：报名表</translation>
    </message>
    <message>
        <source>{purpose}: consent withdrawn on</source>
        <translation>{purpose}：撤回日期</translation>
    </message>
    <message>
        <source>Given on</source>
        <translation>同意日期</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Withdrawn on</source>
        <translation>撤回日期</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>当前状态</translation>
    </message>
    <message>
        <source>A consent is in force from the day it was given until the day it is withdrawn.</source>
        <translation>同意自给出之日起生效，直至撤回之日为止。</translation>
    </message>
    <message>
        <source>In force</source>
        <translation>有效</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>已撤回</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>有效</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详细信息</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>同意</translation>
    </message>
    <message>
        <source>History</source>
        <translation>历史记录</translation>
    </message>
    <message>
        <source>What letters will say, by the rules or your own salutation</source>
        <translation>信函中将使用的称呼：按规则生成或使用自定义称呼</translation>
    </message>
    <message>
        <source>Salutation in letters</source>
        <translation>信函称呼</translation>
    </message>
    <message>
        <source>Postcode, town</source>
        <translation>邮编、城市</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>个人信息</translation>
    </message>
    <message>
        <source>E-mail and phone</source>
        <translation>邮箱和电话</translation>
    </message>
    <message>
        <source>Postal address</source>
        <translation>邮寄地址</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Open this record</source>
        <translation>打开此记录</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>记录人</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Choose an entry to read it in full.</source>
        <translation>选择一条记录以查看全文。</translation>
    </message>
    <message>
        <source>Write e-mail</source>
        <translation>写邮件</translation>
    </message>
    <message>
        <source>Copy address</source>
        <translation>复制地址</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>隐私</translation>
    </message>
    <message>
        <source>Export personal data…</source>
        <translation>导出个人数据…</translation>
    </message>
    <message>
        <source>Erase for good…</source>
        <translation>永久删除…</translation>
    </message>
    <message>
        <source>History ({count})</source>
        <translation>历史记录（{count}）</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>New contact</source>
        <translation>新建联系人</translation>
    </message>
    <message>
        <source>inactive</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>Consent ({count})</source>
        <translation>同意（{count}）</translation>
    </message>
    <message>
        <source>This contact does not want e-mails.</source>
        <translation>此联系人不希望接收电子邮件。</translation>
    </message>
    <message>
        <source>Address copied to the clipboard.</source>
        <translation>地址已复制到剪贴板。</translation>
    </message>
</context>
<context>
    <name>Contacts</name>
    <message>
        <source>A contact cannot be merged with itself.</source>
        <translation>联系人不能与自身合并。</translation>
    </message>
    <message>
        <source>One of the two contacts does not exist (any more).</source>
        <translation>两个联系人中有一个不存在或已被删除。</translation>
    </message>
    <message>
        <source>The contact {id} does not exist (any more).</source>
        <translation>联系人 {id} 不存在或已被删除。</translation>
    </message>
    <message>
        <source>The e-mail address {email} already belongs to {name} (contact {id}).</source>
        <translation>电子邮箱 {email} 已属于 {name}（联系人 {id}）。</translation>
    </message>
    <message>
        <source>The chosen organisation does not exist (any more).</source>
        <translation>所选机构不存在或已被删除。</translation>
    </message>
    <message>
        <source>The chosen member does not exist (any more).</source>
        <translation>所选成员不存在或已被删除。</translation>
    </message>
    <message>
        <source>Enter a family name or choose an organisation.</source>
        <translation>请输入姓，或选择一个机构。</translation>
    </message>
    <message>
        <source>“{country}” is not a country ISA Desk knows.</source>
        <translation>“{country}”不是 ISA Desk 已知的国家。</translation>
    </message>
    <message>
        <source>Delete contact “{name}”</source>
        <translation>删除联系人“{name}”</translation>
    </message>
    <message>
        <source>Delete {count} contacts</source>
        <translation>删除 {count} 个联系人</translation>
    </message>
    <message>
        <source>“{purpose}” is not a purpose of consent.</source>
        <translation>“{purpose}”不是同意的用途。</translation>
    </message>
    <message>
        <source>{purpose}: “{value}” is not a date.</source>
        <translation>{purpose}：“{value}”不是日期。</translation>
    </message>
</context>
<context>
    <name>ContactsView</name>
    <message>
        <source>Search contacts … (Ctrl+F)</source>
        <translation>搜索联系人…（Ctrl+F）</translation>
    </message>
    <message>
        <source>Searches given and family name, Chinese name, position, department, e-mail and town. Umlauts and accents need not be typed: “mueller” finds Müller.</source>
        <translation>搜索名、姓、中文名、职务、部门、电子邮箱和城市。无需输入变音符号和重音符号：输入“mueller”即可找到 Müller。</translation>
    </message>
    <message>
        <source>{shown} of {total} contacts</source>
        <translation>{shown} / {total} 个联系人</translation>
    </message>
    <message>
        <source>1 contact</source>
        <translation>1 个联系人</translation>
    </message>
    <message>
        <source>{count} contacts</source>
        <translation>{count} 个联系人</translation>
    </message>
    <message>
        <source>Write e-mail</source>
        <translation>写邮件</translation>
    </message>
    <message>
        <source>Copy postal address</source>
        <translation>复制邮寄地址</translation>
    </message>
    <message>
        <source>Merge two contacts…</source>
        <translation>合并两个联系人…</translation>
    </message>
    <message>
        <source>Export personal data…</source>
        <translation>导出个人数据…</translation>
    </message>
    <message>
        <source>Everything held about this person, as PDF or JSON</source>
        <translation>此人的全部保存数据，导出为 PDF 或 JSON</translation>
    </message>
    <message>
        <source>Erase for good…</source>
        <translation>永久删除…</translation>
    </message>
    <message>
        <source>Remove this person everywhere, history included</source>
        <translation>在所有位置删除此人，包括历史记录</translation>
    </message>
</context>
<context>
    <name>Countries</name>
    <message>
        <source>“{name}” cannot be the name of a country.</source>
        <translation>“{name}”不能作为国家或地区名称。</translation>
    </message>
    <message>
        <source>“{name}” already names another country ({code}).</source>
        <translation>“{name}”已是另一个国家或地区的名称（{code}）。</translation>
    </message>
</context>
<context>
    <name>CountryNames</name>
    <message>
        <source>German</source>
        <translation>德语</translation>
    </message>
    <message>
        <source>English</source>
        <translation>英语</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>中文</translation>
    </message>
    <message>
        <source>Country names</source>
        <translation>国家和地区名称</translation>
    </message>
    <message>
        <source>How these countries are named in the lists, exports and addresses, in each language. An empty field takes the name of the Unicode CLDR.</source>
        <translation>这些国家和地区在列表、导出和地址中以各语言显示的名称。留空则使用 Unicode CLDR 中的名称。</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国家/地区</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Another country:</source>
        <translation>其他国家或地区：</translation>
    </message>
    <message>
        <source>Office defaults</source>
        <translation>办公室默认名称</translation>
    </message>
    <message>
        <source>The names ISA Desk shows unless the office chose others</source>
        <translation>办公室未另行选择时 ISA Desk 显示的名称</translation>
    </message>
    <message>
        <source>CLDR names</source>
        <translation>CLDR 名称</translation>
    </message>
    <message>
        <source>CLDR: {name}</source>
        <translation>CLDR：{name}</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>{path} is a folder, not a database file.</source>
        <translation>{path} 是文件夹，不是数据库文件。</translation>
    </message>
    <message>
        <source>{path} is not an ISA Desk database (not an SQLite file). Choose another file.</source>
        <translation>{path} 不是 ISA Desk 数据库（不是 SQLite 文件）。请选择其他文件。</translation>
    </message>
    <message>
        <source>Cannot create the database {path}: the folder {folder} does not exist.</source>
        <translation>无法创建数据库 {path}：文件夹 {folder} 不存在。</translation>
    </message>
    <message>
        <source>The database {path} cannot be created: {reason}</source>
        <translation>无法创建数据库 {path}：{reason}</translation>
    </message>
    <message>
        <source>The database {target} is locked by another program. Close the other program and try again.</source>
        <translation>数据库 {target} 已被其他程序锁定。请关闭该程序后重试。</translation>
    </message>
    <message>
        <source>The database {target} cannot be written: no permission.</source>
        <translation>无法写入数据库 {target}：没有权限。</translation>
    </message>
    <message>
        <source>{target} is not an ISA Desk database or it is damaged.</source>
        <translation>{target} 不是 ISA Desk 数据库，或已损坏。</translation>
    </message>
    <message>
        <source>The disk of the database {target} is full: the change was not saved. Make room on it and try again.</source>
        <translation>数据库 {target} 所在的磁盘已满：更改未保存。请在该磁盘上腾出空间后重试。</translation>
    </message>
    <message>
        <source>The database {target} cannot be opened or created.</source>
        <translation>无法打开或创建数据库 {target}。</translation>
    </message>
    <message>
        <source>The database {target} cannot be used: {reason}</source>
        <translation>无法使用数据库 {target}：{reason}</translation>
    </message>
    <message>
        <source>No backup of {path} could be made before the upgrade ({reason}); nothing was changed. Free some space or check the folder, then start again.</source>
        <translation>升级前无法备份 {path}（{reason}）；未做任何更改。请腾出空间或检查文件夹，然后重新启动。</translation>
    </message>
    <message>
        <source>{target} could not be upgraded ({reason}); it was left unchanged. Report this together with the log file.</source>
        <translation>{target} 无法升级（{reason}），已保持不变。请将此问题连同日志文件一并报告。</translation>
    </message>
    <message>
        <source>{target} holds tables of another program, not an ISA Desk database. Choose another file.</source>
        <translation>{target} 包含其他程序的数据表，不是 ISA Desk 数据库。请选择其他文件。</translation>
    </message>
    <message>
        <source>{target} was written by a newer version of ISA Desk (schema {revision}). Install the current version of ISA Desk to open it.</source>
        <translation>{target} 由更新版本的 ISA Desk 写入（架构 {revision}）。请安装最新版本的 ISA Desk 以打开它。</translation>
    </message>
    <message>
        <source>{target} needs an upgrade from schema {revision} to {head}.</source>
        <translation>{target} 需要从架构 {revision} 升级到 {head}。</translation>
    </message>
    <message>
        <source>{path} holds ISA Desk's tables and data but no schema version; it was not changed. Restore a backup or ask for help.</source>
        <translation>{path} 含有 ISA Desk 的表和数据，但没有架构版本；文件未被更改。请恢复备份或寻求帮助。</translation>
    </message>
    <message>
        <source>{path} is damaged ({problem}); it was not changed. The last good backup is {backup}: restore it with {command}</source>
        <translation>{path} 已损坏（{problem}）；文件未被更改。最近一份完好的备份是 {backup}：请用 {command} 恢复</translation>
    </message>
    <message>
        <source>{path} is damaged ({problem}); it was not changed. There is no backup in {folder}. See what is wrong with {command}</source>
        <translation>{path} 已损坏（{problem}）；文件未被更改。{folder} 中没有备份。请用 {command} 查看问题</translation>
    </message>
    <message>
        <source>{path} lies on a network drive ({where}). Several people using one file there can damage it; for working together, put the data on a team server: File › Move to team server…</source>
        <translation>{path} 位于网络驱动器上（{where}）。多人在该处使用同一个文件可能会损坏它；如需协同工作，请将数据放到团队服务器上：文件 › 迁移到团队服务器…</translation>
    </message>
    <message>
        <source>Changes made in one copy are not seen by the other until it reloads, and both writing at once can lose work. For working together, use a team server: File › Move to team server…</source>
        <translation>一个副本中的更改在另一个副本重新加载之前看不到，两者同时写入可能丢失工作。如需协同工作，请使用团队服务器：文件 › 迁移到团队服务器…</translation>
    </message>
    <message>
        <source>{path} is already open in another copy of ISA Desk.</source>
        <translation>{path} 已在另一个 ISA Desk 副本中打开。</translation>
    </message>
    <message>
        <source>{path} is already open in ISA Desk for {user} on {computer} since {time}.</source>
        <translation>{path} 自 {time} 起已由 {user} 在 {computer} 上的 ISA Desk 中打开。</translation>
    </message>
    <message>
        <source>A colleague is changing the same records in {database} right now. Nothing was saved; try again in a moment.</source>
        <translation>同事正在修改 {database} 中的相同记录。未保存任何内容；请稍后再试。</translation>
    </message>
    <message>
        <source>The login {user} may not do this in the database {database} on {server} ({reason}). Ask the server's administrator for the rights.</source>
        <translation>登录名 {user} 无权在服务器 {server} 的数据库 {database} 中执行此操作（{reason}）。请向服务器管理员申请权限。</translation>
    </message>
    <message>
        <source>The server {server} does not let {user} connect from this computer. Ask the server's administrator to allow it.</source>
        <translation>服务器 {server} 不允许 {user} 从这台计算机连接。请让服务器管理员允许。</translation>
    </message>
    <message>
        <source>The server {server} refused the login {user}: the user name or the password is wrong.</source>
        <translation>服务器 {server} 拒绝了登录 {user}：用户名或密码错误。</translation>
    </message>
    <message>
        <source>There is no database {database} on the server {server}. Check its name, or ask the server's administrator to create it.</source>
        <translation>服务器 {server} 上没有数据库 {database}。请检查名称，或请服务器管理员创建它。</translation>
    </message>
    <message>
        <source>The database server {server} takes no more connections right now. Try again in a moment.</source>
        <translation>数据库服务器 {server} 目前不再接受连接。请稍后再试。</translation>
    </message>
    <message>
        <source>No database server is known by the name {host} ({target}). Check the server's address.</source>
        <translation>找不到名为 {host} 的数据库服务器（{target}）。请检查服务器地址。</translation>
    </message>
    <message>
        <source>The database server of {target} cannot be reached. Check its address and port, that it is running, and the network; then try again.</source>
        <translation>无法连接 {target} 的数据库服务器。请检查其地址和端口、服务器是否在运行以及网络，然后重试。</translation>
    </message>
    <message>
        <source>The connection to the database server {server} was lost; the last change may not have been saved. Try again when the server can be reached.</source>
        <translation>与数据库服务器 {server} 的连接已断开；最后的更改可能未保存。请在服务器可以连接时重试。</translation>
    </message>
</context>
<context>
    <name>DateInput</name>
    <message>
        <source>Choose from the calendar (F4)</source>
        <translation>从日历中选择 (F4)</translation>
    </message>
    <message>
        <source>“{text}” is not a date. Type it like {example}.</source>
        <translation>“{text}”不是日期。请按 {example} 的格式输入。</translation>
    </message>
    <message>
        <source>Enter a date.</source>
        <translation>请输入日期。</translation>
    </message>
    <message>
        <source>“{text}” is not a date with a time. Type it like {example}.</source>
        <translation>“{text}”不是带时间的日期。请按 {example} 的格式输入。</translation>
    </message>
    <message>
        <source>Enter a date and a time.</source>
        <translation>请输入日期和时间。</translation>
    </message>
</context>
<context>
    <name>Deleting</name>
    <message>
        <source>You can undo this with Ctrl+Z.</source>
        <translation>可以用 Ctrl+Z 撤销此操作。</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation>未删除</translation>
    </message>
</context>
<context>
    <name>Duplicates</name>
    <message>
        <source>same e-mail address</source>
        <translation>电子邮箱相同</translation>
    </message>
    <message>
        <source>same phone number and a similar name</source>
        <translation>电话号码相同，姓名相似</translation>
    </message>
    <message>
        <source>same Chinese name at the same organisation</source>
        <translation>同一机构中的中文姓名相同</translation>
    </message>
    <message>
        <source>same Chinese name at the same member</source>
        <translation>同一成员中的中文姓名相同</translation>
    </message>
    <message>
        <source>same Chinese name in the same town</source>
        <translation>同一城市中的中文姓名相同</translation>
    </message>
    <message>
        <source>same Chinese name</source>
        <translation>中文姓名相同</translation>
    </message>
    <message>
        <source>very similar name at the same organisation</source>
        <translation>同一机构中姓名非常相似</translation>
    </message>
    <message>
        <source>very similar name at the same member</source>
        <translation>同一成员中的姓名非常相似</translation>
    </message>
    <message>
        <source>very similar name in the same town</source>
        <translation>同一城市中的姓名非常相似</translation>
    </message>
    <message>
        <source>very similar name</source>
        <translation>姓名非常相似</translation>
    </message>
    <message>
        <source>Possible duplicate</source>
        <translation>可能重复</translation>
    </message>
    <message>
        <source>This contact may already exist. Open the existing one to check it, or save the new contact anyway.</source>
        <translation>此联系人可能已存在。请打开现有联系人进行核对，或仍然保存新联系人。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>First contact</source>
        <translation>第一个联系人</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>机构</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>电子邮箱</translation>
    </message>
    <message>
        <source>Second contact</source>
        <translation>第二个联系人</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Similarity</source>
        <translation>相似度</translation>
    </message>
    <message>
        <source>Find duplicates</source>
        <translation>查找重复项</translation>
    </message>
    <message>
        <source>Contacts that may be one person stored twice: the same e-mail address, the same phone number and a similar name, or a very similar name at the same organisation, member or town. Merge a pair into one contact, or mark it as two people so that it does not come again.</source>
        <translation>可能是同一人被保存了两次的联系人：电子邮件地址相同、电话号码相同且姓名相似，或在同一机构、成员或城市中姓名非常相似。可将一对合并为一个联系人，或标记为两个人，此后不再显示。</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Merge…</source>
        <translation>合并…</translation>
    </message>
    <message>
        <source>Not a duplicate</source>
        <translation>不是重复项</translation>
    </message>
    <message>
        <source>Search again</source>
        <translation>重新查找</translation>
    </message>
    <message>
        <source>Comparing the contacts…</source>
        <translation>正在比较联系人…</translation>
    </message>
    <message>
        <source>Search stopped.</source>
        <translation>查找已停止。</translation>
    </message>
    <message>
        <source>No possible duplicates found.</source>
        <translation>未找到可能的重复项。</translation>
    </message>
    <message numerus="yes">
        <source>%n possible duplicates</source>
        <translation><numerusform>%n 个可能的重复项</numerusform></translation>
    </message>
    <message>
        <source>Open existing</source>
        <translation>打开现有联系人</translation>
    </message>
    <message>
        <source>Save anyway</source>
        <translation>仍然保存</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <source>Two contacts cannot share an e-mail address: change the address or open the existing contact.</source>
        <translation>两个联系人不能使用同一电子邮箱：请更改邮箱地址，或打开现有联系人。</translation>
    </message>
    <message>
        <source>A contact cannot be a duplicate of itself.</source>
        <translation>联系人不能与自身重复。</translation>
    </message>
</context>
<context>
    <name>Editor</name>
    <message>
        <source>Record not found</source>
        <translation>未找到记录</translation>
    </message>
    <message>
        <source>{name} – {kind}</source>
        <translation>{name} – {kind}</translation>
    </message>
    <message>
        <source>Cannot save yet: {field}: {problem}</source>
        <translation>暂时无法保存：{field}：{problem}</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <source>Discard mine and reload</source>
        <translation>放弃我的更改并重新加载</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Office or position</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>机构</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>电子邮箱</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Town</source>
        <translation>城市</translation>
    </message>
</context>
<context>
    <name>Erase</name>
    <message>
        <source>Erase for good</source>
        <translation>永久删除</translation>
    </message>
    <message>
        <source>Erase {name} for good? This removes:</source>
        <translation>永久删除 {name}？将删除以下内容：</translation>
    </message>
    <message>
        <source>This cannot be undone: the person cannot be restored, not even with Undo. Backups keep them until they are removed.</source>
        <translation>此操作无法撤销：此人无法恢复，即使使用“撤销”也不行。备份中仍会保留此人，直到这些备份被删除。</translation>
    </message>
    <message>
        <source>I understand that this cannot be undone.</source>
        <translation>我了解此操作无法撤销。</translation>
    </message>
    <message>
        <source>To confirm, type the family name “{name}”:</source>
        <translation>请输入姓“{name}”以确认：</translation>
    </message>
    <message>
        <source>Erasing…</source>
        <translation>正在删除…</translation>
    </message>
    <message>
        <source>{name} was erased for good:</source>
        <translation>{name} 已被永久删除：</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>ISA Desk – Error</source>
        <translation>ISA Desk – 错误</translation>
    </message>
    <message>
        <source>Something went wrong, and the last action may not have been completed.</source>
        <translation>出现错误，上一步操作可能未完成。</translation>
    </message>
    <message>
        <source>Please try again. If the problem stays, send the log file to your IT support:
{path}</source>
        <translation>请重试。如果问题仍然存在，请将日志文件发送给 IT 支持人员：
{path}</translation>
    </message>
    <message>
        <source>ISA Desk</source>
        <translation>ISA Desk</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
</context>
<context>
    <name>EventEditor</name>
    <message>
        <source>New event</source>
        <translation>新建活动</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>until</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Title *</source>
        <translation>标题 *</translation>
    </message>
    <message>
        <source>Begins *</source>
        <translation>开始时间 *</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>结束</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Registration deadline</source>
        <translation>报名截止日期</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <source>Discard the changes to this event?</source>
        <translation>放弃对此活动的更改？</translation>
    </message>
</context>
<context>
    <name>EventOverview</name>
    <message>
        <source>Next event</source>
        <translation>下一项活动</translation>
    </message>
    <message>
        <source>Last event</source>
        <translation>上一项活动</translation>
    </message>
    <message>
        <source>invited</source>
        <translation>已邀请</translation>
    </message>
    <message>
        <source>no answer yet</source>
        <translation>尚未答复</translation>
    </message>
    <message>
        <source>Open the participant list</source>
        <translation>打开参会者名单</translation>
    </message>
</context>
<context>
    <name>EventPanel</name>
    <message>
        <source>Choose an event above, or make a new one with Ctrl+N.</source>
        <translation>请在上方选择一项活动，或按 Ctrl+N 新建活动。</translation>
    </message>
    <message>
        <source>Invite…</source>
        <translation>邀请…</translation>
    </message>
    <message>
        <source>Invite the contacts of a tag, of members, or chosen in the Contacts list</source>
        <translation>邀请某个标签下、某些成员的联系人，或在“联系人”列表中选中的联系人</translation>
    </message>
    <message>
        <source>Set status</source>
        <translation>设置状态</translation>
    </message>
    <message>
        <source>Letters…</source>
        <translation>信函…</translation>
    </message>
    <message>
        <source>Invitation letters for the participants (the status chosen below, or invited and registered)</source>
        <translation>为参会者生成邀请函（下方所选状态，或已邀请和已报名者）</translation>
    </message>
    <message>
        <source>Name badges…</source>
        <translation>胸牌…</translation>
    </message>
    <message>
        <source>Name badges as PDF, four per A4 page, for the status chosen below (or registered and attended)</source>
        <translation>以 PDF 格式生成胸牌，每张 A4 纸四个，适用于下方所选状态（或已报名和已出席者）</translation>
    </message>
    <message>
        <source>Attendance list…</source>
        <translation>签到表…</translation>
    </message>
    <message>
        <source>The list to sign on the day, as PDF</source>
        <translation>活动当天用于签名的名单，PDF 格式</translation>
    </message>
    <message>
        <source>Export to Excel…</source>
        <translation>导出到 Excel…</translation>
    </message>
    <message>
        <source>The participants (of the status chosen below) as an Excel workbook</source>
        <translation>将参会者（下方所选状态）导出为 Excel 工作簿</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Name badges</source>
        <translation>胸牌</translation>
    </message>
    <message numerus="yes">
        <source>%n name badges on {pages}</source>
        <translation><numerusform>%n 个胸牌，共{pages}</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n pages</source>
        <translation><numerusform>%n 页</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Attendance list of %n people on {pages}</source>
        <translation><numerusform>%n 人的签到表，共{pages}</numerusform></translation>
    </message>
    <message>
        <source>Attendance list</source>
        <translation>签到表</translation>
    </message>
</context>
<context>
    <name>Events</name>
    <message>
        <source>The event {id} does not exist (any more).</source>
        <translation>活动 {id} 不存在或已被删除。</translation>
    </message>
    <message>
        <source>There is no event “{event}”. Events: {titles}.</source>
        <translation>没有活动“{event}”。现有活动：{titles}。</translation>
    </message>
    <message>
        <source>“{event}” fits several events: {titles}. Give the full title or the id.</source>
        <translation>“{event}”与多个活动匹配：{titles}。请提供完整标题或 ID。</translation>
    </message>
    <message>
        <source>Enter the event's title.</source>
        <translation>请输入活动标题。</translation>
    </message>
    <message>
        <source>Enter the date and time the event begins.</source>
        <translation>请输入活动开始的日期和时间。</translation>
    </message>
    <message>
        <source>The event cannot end before it begins.</source>
        <translation>活动结束时间不能早于开始时间。</translation>
    </message>
    <message>
        <source>The registration deadline must be on or before the day of the event.</source>
        <translation>报名截止日期不能晚于活动当天。</translation>
    </message>
    <message>
        <source>Delete event “{title}”</source>
        <translation>删除活动“{title}”</translation>
    </message>
    <message>
        <source>Delete {count} events</source>
        <translation>删除 {count} 项活动</translation>
    </message>
    <message>
        <source>Registration closed on {date}</source>
        <translation>报名已于 {date} 截止</translation>
    </message>
    <message>
        <source>Registration until today ({date})</source>
        <translation>报名截止至今天（{date}）</translation>
    </message>
    <message>
        <source>Registration until tomorrow ({date})</source>
        <translation>报名截止至明天（{date}）</translation>
    </message>
    <message>
        <source>Registration until {date} (in {days} days)</source>
        <translation>报名截止至 {date}（还有 {days} 天）</translation>
    </message>
    <message>
        <source>{count} registered</source>
        <translation>{count} 人已报名</translation>
    </message>
    <message>
        <source>{count} declined</source>
        <translation>{count} 人已谢绝</translation>
    </message>
    <message>
        <source>{count} without answer</source>
        <translation>{count} 人未答复</translation>
    </message>
    <message>
        <source>{count} attended</source>
        <translation>{count} 人已出席</translation>
    </message>
    <message>
        <source>{count} no-show</source>
        <translation>{count} 人未出席</translation>
    </message>
    <message>
        <source>{total} invited: {parts}</source>
        <translation>已邀请 {total} 人：{parts}</translation>
    </message>
</context>
<context>
    <name>EventsView</name>
    <message>
        <source>All events</source>
        <translation>全部活动</translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation>即将举行</translation>
    </message>
    <message>
        <source>Past</source>
        <translation>已结束</translation>
    </message>
    <message>
        <source>New event…</source>
        <translation>新建活动…</translation>
    </message>
    <message>
        <source>Edit event…</source>
        <translation>编辑活动…</translation>
    </message>
    <message>
        <source>Search events: title or place (Ctrl+F)</source>
        <translation>搜索活动：标题或地点（Ctrl+F）</translation>
    </message>
    <message>
        <source>{shown} of {total} events</source>
        <translation>{shown} / {total} 项活动</translation>
    </message>
    <message>
        <source>1 event</source>
        <translation>1 项活动</translation>
    </message>
    <message>
        <source>{count} events</source>
        <translation>{count} 项活动</translation>
    </message>
    <message>
        <source>Delete event…</source>
        <translation>删除活动…</translation>
    </message>
    <message numerus="yes">
        <source>Delete the event “{title}” with its list of %n participants?</source>
        <translation><numerusform>删除活动“{title}”及其 %n 名参与者的名单吗？</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Delete these {events} events with their lists of %n participants?</source>
        <translation><numerusform>删除这 {events} 个活动及其共 %n 名参与者的名单吗？</numerusform></translation>
    </message>
    <message>
        <source>The contacts stay.</source>
        <translation>联系人将保留。</translation>
    </message>
</context>
<context>
    <name>Exchange</name>
    <message>
        <source>No contact has the ID {id}. Empty the ID cell to import the row as a new contact.</source>
        <translation>没有 ID 为 {id} 的联系人。清空 ID 单元格即可将该行作为新联系人导入。</translation>
    </message>
    <message>
        <source>The e-mail address {email} already belongs to {name} (contact {id}).</source>
        <translation>电子邮箱 {email} 已属于 {name}（联系人 {id}）。</translation>
    </message>
    <message>
        <source>No member has the ID {id}. Empty the ID cell to import the row as a new member.</source>
        <translation>没有 ID 为 {id} 的成员。清空 ID 单元格即可将该行作为新成员导入。</translation>
    </message>
    <message>
        <source>Rows with errors</source>
        <translation>有错误的行</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>成员</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>机构</translation>
    </message>
    <message>
        <source>Membership inquiries</source>
        <translation>入盟咨询</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>参会者</translation>
    </message>
    <message>
        <source>Cannot write {path}: the folder does not exist.</source>
        <translation>无法写入 {path}：文件夹不存在。</translation>
    </message>
    <message>
        <source>Cannot write {path}: {reason}. Is it open in Excel?</source>
        <translation>无法写入 {path}：{reason}。该文件是否已在 Excel 中打开？</translation>
    </message>
    <message>
        <source>ISA Desk: {list}</source>
        <translation>ISA Desk：{list}</translation>
    </message>
    <message>
        <source>Exported by ISA Desk on {date}.</source>
        <translation>由 ISA Desk 于 {date} 导出。</translation>
    </message>
    <message>
        <source>By country and region</source>
        <translation>按国家和地区</translation>
    </message>
    <message>
        <source>{country} in total</source>
        <translation>{country} 合计</translation>
    </message>
    <message>
        <source>Choose the event whose participants to export.</source>
        <translation>请选择要导出其参会者的活动。</translation>
    </message>
    <message>
        <source>Name, Land, Bundesland/Provinz, Status, Mitglied seit</source>
        <translation>名称、国家、联邦州/省份、状态、加入时间</translation>
    </message>
    <message>
        <source>Anrede, Vorname, Nachname, Organisation, E-Mail, Telefon (or an Outlook contact export)</source>
        <translation>称呼、名、姓、机构、电子邮箱、电话（或 Outlook 联系人导出文件）</translation>
    </message>
    <message>
        <source>{file}: no column is recognised in the sheet “{sheet}”. Expected headers such as {headers}, or those of a list exported by ISA Desk.</source>
        <translation>{file}：无法识别工作表“{sheet}”中的任何列。应有 {headers} 等表头，或 ISA Desk 导出列表的表头。</translation>
    </message>
    <message>
        <source>{file}: the sheet has no row {row}.</source>
        <translation>{file}：工作表中没有第 {row} 行。</translation>
    </message>
    <message>
        <source>{file}: no column is assigned to a field. Assign at least one.</source>
        <translation>{file}：没有任何列对应到字段。请至少指定一列。</translation>
    </message>
    <message>
        <source>No member is called “{name}”.</source>
        <translation>没有名为“{name}”的成员。</translation>
    </message>
    <message>
        <source>A new contact needs a family name or an organisation.</source>
        <translation>新联系人需要填写姓或机构。</translation>
    </message>
    <message>
        <source>A new member needs a name.</source>
        <translation>新成员需要填写名称。</translation>
    </message>
    <message>
        <source>A new member needs a country.</source>
        <translation>新成员需要填写国家。</translation>
    </message>
    <message>
        <source>The import {id} does not exist.</source>
        <translation>导入记录 {id} 不存在。</translation>
    </message>
    <message>
        <source>The import {id} was undone already.</source>
        <translation>导入 {id} 已被撤销。</translation>
    </message>
    <message>
        <source>Import of {source}</source>
        <translation>导入 {source}</translation>
    </message>
    <message>
        <source>and {count} more</source>
        <translation>以及另外 {count} 项</translation>
    </message>
    <message>
        <source>The import cannot be undone: these records were changed or used since ({names}). Undoing it would lose that work.</source>
        <translation>无法撤销此次导入：以下记录在导入后已被修改或使用（{names}）。撤销会丢失这些工作。</translation>
    </message>
    <message>
        <source>Enter a name for the mapping.</source>
        <translation>请输入映射名称。</translation>
    </message>
    <message>
        <source>There is no column mapping “{name}”.</source>
        <translation>没有名为“{name}”的列映射。</translation>
    </message>
    <message>
        <source>the file does not exist.</source>
        <translation>文件不存在。</translation>
    </message>
    <message>
        <source>it is not an Excel workbook.</source>
        <translation>该文件不是 Excel 工作簿。</translation>
    </message>
    <message>
        <source>it is not a valid Excel workbook ({error}).</source>
        <translation>该文件不是有效的 Excel 工作簿（{error}）。</translation>
    </message>
    <message>
        <source>the workbook has no worksheet.</source>
        <translation>工作簿中没有工作表。</translation>
    </message>
    <message>
        <source>it is not a valid OpenDocument spreadsheet ({error}).</source>
        <translation>该文件不是有效的 OpenDocument 电子表格（{error}）。</translation>
    </message>
    <message>
        <source>it has no sheet “{sheet}” (sheets: {sheets}).</source>
        <translation>其中没有工作表“{sheet}”（现有工作表：{sheets}）。</translation>
    </message>
    <message>
        <source>it ends before its last row</source>
        <translation>工作表在最后一行之前就结束了</translation>
    </message>
    <message>
        <source>the sheet is damaged ({error}).</source>
        <translation>工作表已损坏（{error}）。</translation>
    </message>
    <message>
        <source>The cell holds the formula {formula} without a computed value; its text was taken as it is.</source>
        <translation>该单元格包含公式 {formula}，但没有计算结果；已按原文本读取。</translation>
    </message>
    <message>
        <source>row {row}</source>
        <translation>第 {row} 行</translation>
    </message>
    <message>
        <source>Encoding: {encoding}; separator: {separator}.</source>
        <translation>编码：{encoding}；分隔符：{separator}。</translation>
    </message>
    <message numerus="yes">
        <source>{rows} and %n more</source>
        <translation><numerusform>{rows} 等另外 %n 行</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) above the column headers were taken as a title and not imported: {rows}</source>
        <translation><numerusform>列标题上方的 %n 行被视为标题，未导入：{rows}</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>The file mixes two encodings: %n row(s) were read as {encoding}, the other rows as {others}. Check the names in these rows: {rows}</source>
        <translation><numerusform>文件混用了两种编码：%n 行按 {encoding} 读取，其余各行按 {others} 读取。请检查这些行中的姓名：{rows}</numerusform></translation>
    </message>
    <message>
        <source>UTF-8, other lines {encoding}</source>
        <translation>UTF-8，其他行 {encoding}</translation>
    </message>
    <message>
        <source>it is neither a workbook nor a text file.</source>
        <translation>该文件既不是工作簿，也不是文本文件。</translation>
    </message>
    <message>
        <source>Row {row}: {message}</source>
        <translation>第 {row} 行：{message}</translation>
    </message>
    <message>
        <source>Row {row}, column “{column}” ({letter}): {message}</source>
        <translation>第 {row} 行，列“{column}”（{letter}）：{message}</translation>
    </message>
    <message>
        <source>Control characters (such as NUL) were removed.</source>
        <translation>已删除控制字符（例如 NUL）。</translation>
    </message>
    <message>
        <source>The cell holds the Excel error {error}.</source>
        <translation>该单元格包含 Excel 错误 {error}。</translation>
    </message>
    <message>
        <source>“{value}” is not a date.</source>
        <translation>“{value}”不是日期。</translation>
    </message>
    <message>
        <source>The ID “{value}” is not a whole number.</source>
        <translation>ID“{value}”不是整数。</translation>
    </message>
    <message>
        <source>“{country}” is not a country ISA Desk knows.</source>
        <translation>“{country}”不是 ISA Desk 已知的国家。</translation>
    </message>
    <message>
        <source>“{value}” is not one of: {choices}.</source>
        <translation>“{value}”不在以下选项中：{choices}。</translation>
    </message>
    <message>
        <source>“{value}” is neither yes nor no.</source>
        <translation>“{value}”既不是“是”也不是“否”。</translation>
    </message>
    <message>
        <source>,</source>
        <comment>thousands separator</comment>
        <translation>,</translation>
    </message>
    <message>
        <source>{file} cannot be read: {reason}</source>
        <translation>无法读取 {file}：{reason}</translation>
    </message>
    <message>
        <source>more than {limit} rows (the limit for one import). Split the list.</source>
        <translation>超过 {limit} 行（单次导入的上限）。请拆分列表。</translation>
    </message>
    <message>
        <source>row {row} has more than {limit} columns (the limit for one import).</source>
        <translation>第 {row} 行超过 {limit} 列（单次导入的上限）。</translation>
    </message>
    <message>
        <source>{where} holds more than {limit} characters (the limit for one cell).</source>
        <translation>{where} 超过 {limit} 个字符（单个单元格的上限）。</translation>
    </message>
    <message>
        <source>row {row}, column {column}</source>
        <translation>第 {row} 行第 {column} 列</translation>
    </message>
    <message>
        <source>the file is larger than {limit} MB (the limit for one import). Split the list.</source>
        <translation>文件大于 {limit} MB（单次导入的上限）。请拆分列表。</translation>
    </message>
    <message>
        <source>its part {part} unpacks to more than {limit} MB (the limit for one import).</source>
        <translation>其组成部分 {part} 解压后超过 {limit} MB（单次导入的上限）。</translation>
    </message>
    <message>
        <source>its part {part} is packed more than {ratio} to 1, as no real workbook is (the limit for one import).</source>
        <translation>其组成部分 {part} 的压缩比超过 {ratio} 比 1，真实的工作簿不会如此（单次导入的上限）。</translation>
    </message>
    <message>
        <source>more than {limit} different texts (the limit for one import). Split the list.</source>
        <translation>超过 {limit} 个不同文本（单次导入的上限）。请拆分列表。</translation>
    </message>
    <message>
        <source>its filled cells span more than {limit} cells (the limit for one import). Split the list.</source>
        <translation>其已填单元格所占范围超过 {limit} 个单元格（单次导入的上限）。请拆分列表。</translation>
    </message>
    <message>
        <source>more than {limit} merged cell ranges (the limit for one sheet).</source>
        <translation>超过 {limit} 个合并单元格区域（单个工作表的上限）。</translation>
    </message>
    <message>
        <source>line {line} is longer than {limit} characters (the limit for one line).</source>
        <translation>第 {line} 行超过 {limit} 个字符（单行的上限）。</translation>
    </message>
    <message>
        <source>a text of the workbook</source>
        <translation>工作簿中的一段文本</translation>
    </message>
    <message>
        <source>Column “{column}”: {value} read as {date} (day before month); no value in the column says otherwise.</source>
        <translation>“{column}”列：{value} 读作 {date}（日在月前）；该列中没有值表明相反的顺序。</translation>
    </message>
    <message>
        <source>Column “{column}”: {value} read as {date} (month before day), as “{proof}” in row {row} shows.</source>
        <translation>“{column}”列：{value} 读作 {date}（月在日前），第 {row} 行的“{proof}”可以为证。</translation>
    </message>
    <message>
        <source>Column “{column}”: {value} read as {date} (day before month), as “{proof}” in row {row} shows.</source>
        <translation>“{column}”列：{value} 读作 {date}（日在月前），第 {row} 行的“{proof}”可以为证。</translation>
    </message>
    <message>
        <source>“{value}” puts the day before the month, but other dates of this column put the month first (“{proof}” in row {row}).</source>
        <translation>“{value}”将日写在月前，但该列的其他日期将月写在前面（第 {row} 行的“{proof}”）。</translation>
    </message>
    <message>
        <source>“{value}” puts the month before the day, but other dates of this column put the day first (“{proof}” in row {row}).</source>
        <translation>“{value}”将月写在日前，但该列的其他日期将日写在前面（第 {row} 行的“{proof}”）。</translation>
    </message>
    <message>
        <source>Semicolon (;)</source>
        <translation>分号（;）</translation>
    </message>
    <message>
        <source>Comma (,)</source>
        <translation>逗号（,）</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>制表符</translation>
    </message>
    <message>
        <source>Vertical bar (|)</source>
        <translation>竖线（|）</translation>
    </message>
    <message>
        <source>Outlook's column names are offered in {choices}, not in “{language}”.</source>
        <translation>Outlook 列名提供 {choices}，不提供“{language}”。</translation>
    </message>
    <message>
        <source>card {card}, begun on line {line}, has no END:VCARD.</source>
        <translation>第 {card} 张名片（始于第 {line} 行）没有 END:VCARD。</translation>
    </message>
    <message>
        <source>it holds no card (BEGIN:VCARD … END:VCARD).</source>
        <translation>其中没有名片（BEGIN:VCARD … END:VCARD）。</translation>
    </message>
    <message>
        <source>line {line}</source>
        <translation>第 {line} 行</translation>
    </message>
    <message>
        <source>it is no property (NAME:value): “{text}”</source>
        <translation>这不是属性（名称:值）：“{text}”</translation>
    </message>
    <message>
        <source>line {line} is outside a card (BEGIN:VCARD … END:VCARD): “{text}”.</source>
        <translation>第 {line} 行不在名片内（BEGIN:VCARD … END:VCARD）：“{text}”。</translation>
    </message>
    <message>
        <source>card {card} (begun on line {begin}), line {line}</source>
        <translation>第 {card} 张名片（始于第 {begin} 行），第 {line} 行</translation>
    </message>
    <message>
        <source>{file} is a vCard file: it holds persons. Import it as contacts.</source>
        <translation>{file} 是 vCard 文件：其中是人员。请作为联系人导入。</translation>
    </message>
    <message>
        <source>the card on line {line} ({field})</source>
        <translation>第 {line} 行的名片（{field}）</translation>
    </message>
    <message>
        <source>vCard file ({encoding}); each card is a row numbered by the line it begins on.</source>
        <translation>vCard 文件（{encoding}）；每张名片为一行，按其起始行编号。</translation>
    </message>
    <message>
        <source>vCard {version} is not offered: choose {choices}.</source>
        <translation>不提供 vCard {version}：请选择 {choices}。</translation>
    </message>
    <message>
        <source>{file} cannot be read: {reason} Expected an Excel workbook (.xlsx), an old Excel workbook (.xls), an OpenDocument spreadsheet (.ods), a CSV file (.csv) or a vCard file (.vcf).</source>
        <translation>无法读取 {file}：{reason} 应为 Excel 工作簿（.xlsx）、旧版 Excel 工作簿（.xls）、OpenDocument 电子表格（.ods）、CSV 文件（.csv）或 vCard 文件（.vcf）。</translation>
    </message>
</context>
<context>
    <name>ExportAction</name>
    <message>
        <source>Export {list}</source>
        <translation>导出{list}</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>vCard (*.vcf)</source>
        <translation>vCard (*.vcf)</translation>
    </message>
    <message>
        <source>Outlook CSV, German column names (*.csv)</source>
        <translation>Outlook CSV，德文列名 (*.csv)</translation>
    </message>
    <message>
        <source>Outlook CSV, English column names (*.csv)</source>
        <translation>Outlook CSV，英文列名 (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>%n rows exported to {file}</source>
        <translation><numerusform>已将 %n 行导出到 {file}</numerusform></translation>
    </message>
    <message>
        <source>Writing {file} …</source>
        <translation>正在写入 {file} …</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Export only the selected rows, or every row of the list?</source>
        <translation>只导出所选行，还是导出列表的全部行？</translation>
    </message>
    <message>
        <source>Selected rows ({count})</source>
        <translation>所选行（{count}）</translation>
    </message>
    <message>
        <source>Whole list ({count})</source>
        <translation>整个列表（{count}）</translation>
    </message>
    <message>
        <source>Export participants</source>
        <translation>导出参与者</translation>
    </message>
    <message>
        <source>Participants of the event:</source>
        <translation>活动的参与者：</translation>
    </message>
    <message>
        <source>There is no event yet.</source>
        <translation>还没有活动。</translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <source>{path} cannot be overwritten: it is the open database or the file being read. Choose another name.</source>
        <translation>无法覆盖 {path}：它是当前打开的数据库或正在读取的文件。请选择其他文件名。</translation>
    </message>
    <message>
        <source>there is not enough space on the disk</source>
        <translation>磁盘空间不足</translation>
    </message>
    <message>
        <source>you have no permission to write there, or the file is open</source>
        <translation>您没有在此写入的权限，或该文件已被打开</translation>
    </message>
    <message>
        <source>the disk or folder can only be read</source>
        <translation>该磁盘或文件夹为只读</translation>
    </message>
    <message>
        <source>the folder does not exist</source>
        <translation>该文件夹不存在</translation>
    </message>
    <message>
        <source>a folder of that name is in the way</source>
        <translation>已有同名文件夹</translation>
    </message>
    <message>
        <source>The file cannot be written: {reason}.</source>
        <translation>无法写入该文件：{reason}。</translation>
    </message>
    <message>
        <source>Cannot write {path}: {reason}.</source>
        <translation>无法写入 {path}：{reason}。</translation>
    </message>
    <message>
        <source>{path} is chosen for two outputs. Choose another name.</source>
        <translation>{path} 被选作两个输出。请选择其他名称。</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Active only</source>
        <translation>仅显示有效</translation>
    </message>
    <message>
        <source>Reset filters</source>
        <translation>重置筛选</translation>
    </message>
    <message>
        <source>Show all records again</source>
        <translation>重新显示所有记录</translation>
    </message>
    <message>
        <source>All countries</source>
        <translation>所有国家</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>所有状态</translation>
    </message>
    <message>
        <source>All members</source>
        <translation>所有成员</translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation>所有标签</translation>
    </message>
    <message>
        <source>All states and provinces</source>
        <translation>所有联邦州和省份</translation>
    </message>
</context>
<context>
    <name>Form</name>
    <message>
        <source>Required field</source>
        <translation>必填字段</translation>
    </message>
    <message>
        <source>Choose an entry of the list or leave the field empty.</source>
        <translation>请从列表中选择一项，或将此字段留空。</translation>
    </message>
    <message>
        <source>Type a country or choose one from the list.</source>
        <translation>请输入国家或地区，或从列表中选择。</translation>
    </message>
    <message>
        <source>This field is required.</source>
        <translation>此字段为必填项。</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <source>This record has changes that are not saved yet. Save them?</source>
        <translation>此记录有尚未保存的更改。是否保存？</translation>
    </message>
    <message>
        <source>e.g. Newsletter, Presse</source>
        <translation>例如：Newsletter, Presse</translation>
    </message>
    <message>
        <source>Add a place</source>
        <translation>添加地点</translation>
    </message>
    <message>
        <source>Remove the selected place</source>
        <translation>删除所选地点</translation>
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
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
</context>
<context>
    <name>ImportHistory</name>
    <message>
        <source>Members</source>
        <translation>成员</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Undo import</source>
        <translation>撤销导入</translation>
    </message>
    <message>
        <source>Undo the import of {source} from {when}?</source>
        <translation>撤销 {when} 从 {source} 的导入吗？</translation>
    </message>
    <message numerus="yes">
        <source>%n records it created are deleted.</source>
        <translation><numerusform>其新建的 %n 条记录将被删除。</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n records it changed get their old values back.</source>
        <translation><numerusform>其更改的 %n 条记录将恢复原值。</numerusform></translation>
    </message>
    <message>
        <source>There is no import to undo.</source>
        <translation>没有可撤销的导入。</translation>
    </message>
    <message>
        <source>Imports</source>
        <translation>导入记录</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>By</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>List</source>
        <translation>列表</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>新建</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>已更新</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Undo import …</source>
        <translation>撤销导入 …</translation>
    </message>
    <message>
        <source>An import can be undone as long as its records were not changed since.</source>
        <translation>只要导入的记录此后未被更改，就可以撤销该导入。</translation>
    </message>
    <message>
        <source>Undone on {when}</source>
        <translation>已于 {when} 撤销</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>已导入</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>As chosen above</source>
        <translation>按上方的选择</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>跳过</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>Fill empty fields</source>
        <translation>填写空字段</translation>
    </message>
    <message>
        <source>Import as a new record</source>
        <translation>作为新记录导入</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>机构</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>重复</translation>
    </message>
    <message>
        <source>Suspected duplicate</source>
        <translation>疑似重复</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>In the file</source>
        <translation>文件中</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>匹配</translation>
    </message>
    <message>
        <source>Because of</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>处理方式</translation>
    </message>
    <message>
        <source>row {row} of the file</source>
        <translation>文件第 {row} 行</translation>
    </message>
    <message>
        <source>the same ID</source>
        <translation>相同的编号</translation>
    </message>
    <message>
        <source>the same e-mail address</source>
        <translation>相同的电子邮件地址</translation>
    </message>
    <message>
        <source>the same name</source>
        <translation>相同的姓名</translation>
    </message>
    <message>
        <source>a very similar name at the same organisation</source>
        <translation>同一机构中非常相似的姓名</translation>
    </message>
    <message>
        <source>Which list do you want to import?</source>
        <translation>您要导入哪个列表？</translation>
    </message>
    <message>
        <source>An Excel workbook (.xlsx, .xls), an OpenDocument spreadsheet (.ods), a CSV file or contacts as vCards (.vcf), e.g. an Outlook export or a list a member city sent.</source>
        <translation>Excel 工作簿（.xlsx、.xls）、OpenDocument 电子表格（.ods）、CSV 文件或 vCard 联系人（.vcf），例如 Outlook 导出文件或成员城市发来的列表。</translation>
    </message>
    <message>
        <source>Contacts (persons)</source>
        <translation>联系人（个人）</translation>
    </message>
    <message>
        <source>Members (cities, districts, regions)</source>
        <translation>成员（城市、区县、地区）</translation>
    </message>
    <message>
        <source>Choose a file …</source>
        <translation>选择文件 …</translation>
    </message>
    <message>
        <source>Browse …</source>
        <translation>浏览 …</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <source>Import a list</source>
        <translation>导入列表</translation>
    </message>
    <message>
        <source>Lists (*.xlsx *.xlsm *.xls *.ods *.csv *.txt *.vcf);;vCard (*.vcf);;All files (*)</source>
        <translation>列表 (*.xlsx *.xlsm *.xls *.ods *.csv *.txt *.vcf);;vCard (*.vcf);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Sheet and header row</source>
        <translation>工作表和标题行</translation>
    </message>
    <message>
        <source>The first rows of the sheet. The header row was looked for below titles and notes; correct it if needed.</source>
        <translation>工作表的前几行。已在标题和备注下方查找标题行；如有需要请更正。</translation>
    </message>
    <message>
        <source>Sheet:</source>
        <translation>工作表：</translation>
    </message>
    <message>
        <source>Headers in row:</source>
        <translation>标题所在行：</translation>
    </message>
    <message>
        <source>Choose the header row and assign the columns yourself.</source>
        <translation>请选择标题行并自行分配各列。</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Recognised columns are assigned already. Correct what is wrong; columns set to “not imported” are left out.</source>
        <translation>已识别的列已分配。请更正错误之处；设为“不导入”的列将被略过。</translation>
    </message>
    <message>
        <source>Use</source>
        <translation>使用</translation>
    </message>
    <message>
        <source>Save mapping as …</source>
        <translation>将对应关系另存为 …</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>文件中的列</translation>
    </message>
    <message>
        <source>Examples</source>
        <translation>示例</translation>
    </message>
    <message>
        <source>Field in ISA Desk</source>
        <translation>ISA Desk 中的字段</translation>
    </message>
    <message>
        <source>Saved mapping:</source>
        <translation>已保存的对应关系：</translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>（不导入）</translation>
    </message>
    <message>
        <source>{used} of {total} columns are imported.</source>
        <translation>共 {total} 列，其中 {used} 列将被导入。</translation>
    </message>
    <message>
        <source>Save mapping</source>
        <translation>保存对应关系</translation>
    </message>
    <message>
        <source>Name for this column mapping:</source>
        <translation>此列对应关系的名称：</translation>
    </message>
    <message>
        <source>errors</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Save rows with errors</source>
        <translation>保存有错误的行</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Check the rows</source>
        <translation>检查各行</translation>
    </message>
    <message>
        <source>Every row was checked. Rows with errors are not imported unless you choose to leave them out; point at a problem to read it.</source>
        <translation>每一行都已检查。除非您选择略过有错误的行，否则不会导入；将鼠标指向问题即可查看。</translation>
    </message>
    <message>
        <source>Show only rows with problems</source>
        <translation>只显示有问题的行</translation>
    </message>
    <message>
        <source>Import the valid rows and leave out the rows with errors</source>
        <translation>导入有效行，略过有错误的行</translation>
    </message>
    <message>
        <source>Save rows with errors …</source>
        <translation>保存有错误的行 …</translation>
    </message>
    <message>
        <source>Cancelled. Go back, or check the rows again with Next.</source>
        <translation>已取消。请返回，或点击“下一步”重新检查各行。</translation>
    </message>
    <message>
        <source>Reading and checking {file} …</source>
        <translation>正在读取并检查 {file} …</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message numerus="yes">
        <source>%n rows read from {file}: {ok} without errors, {invalid} with errors, {warnings} with warnings.</source>
        <translation><numerusform>已从 {file} 读取 %n 行：{ok} 行无错误，{invalid} 行有错误，{warnings} 行有警告。</numerusform></translation>
    </message>
    <message>
        <source>New organisations: {count}.</source>
        <translation>新机构：{count}。</translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation>重复项</translation>
    </message>
    <message>
        <source>These rows match a record ISA Desk has, or an earlier row of the file. Suspected duplicates (a very similar name) are marked: decide for each.</source>
        <translation>这些行与 ISA Desk 中的记录或文件中前面的行相符。疑似重复（非常相似的姓名）已标出：请逐一决定。</translation>
    </message>
    <message>
        <source>Skip them (keep the records as they are)</source>
        <translation>跳过（记录保持不变）</translation>
    </message>
    <message>
        <source>Update the records with the file's values</source>
        <translation>用文件中的值更新记录</translation>
    </message>
    <message>
        <source>Fill only the records' empty fields</source>
        <translation>只填写记录中的空字段</translation>
    </message>
    <message>
        <source>Nothing has been written yet.</source>
        <translation>尚未写入任何内容。</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>跳过</translation>
    </message>
    <message>
        <source>updated</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>filled</source>
        <translation>补充填写</translation>
    </message>
    <message numerus="yes">
        <source>%n rows will be imported from {file} as one step that can be undone.</source>
        <translation><numerusform>将从 {file} 导入 %n 行，作为一个可撤销的步骤。</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n of them are duplicates; unless chosen otherwise they are {what}.</source>
        <translation><numerusform>其中 %n 行为重复项；除非另行选择，否则将被{what}。</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n rows with errors are left out.</source>
        <translation><numerusform>有错误的 %n 行将被略过。</numerusform></translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was written.</source>
        <translation>导入已取消；未写入任何内容。</translation>
    </message>
    <message>
        <source>Importing {file} …</source>
        <translation>正在导入 {file} …</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>The import can be undone here, or later with File › Undo last import.</source>
        <translation>可以在此撤销导入，或稍后通过“文件 › 撤销上次导入”撤销。</translation>
    </message>
    <message>
        <source>Undo this import</source>
        <translation>撤销此次导入</translation>
    </message>
    <message>
        <source>{created} created, {updated} updated, {skipped} skipped. Duplicates found: {duplicates}.</source>
        <translation>新建 {created} 条，更新 {updated} 条，跳过 {skipped} 条。发现重复：{duplicates} 条。</translation>
    </message>
    <message>
        <source>The import was undone.</source>
        <translation>导入已撤销。</translation>
    </message>
    <message>
        <source>Encoding:</source>
        <translation>编码：</translation>
    </message>
    <message>
        <source>Separator:</source>
        <translation>分隔符：</translation>
    </message>
    <message>
        <source>Reading {file} …</source>
        <translation>正在读取 {file} …</translation>
    </message>
</context>
<context>
    <name>Inquiries</name>
    <message>
        <source>An inquiry cannot be received in the future ({date}).</source>
        <translation>咨询的收到日期不能在将来（{date}）。</translation>
    </message>
    <message>
        <source>The chosen city does not exist (any more).</source>
        <translation>所选城市不存在或已被删除。</translation>
    </message>
    <message>
        <source>{city} is already a member of the alliance. An inquiry is for cities that want to join.</source>
        <translation>{city} 已是联盟成员。入盟咨询仅适用于希望加入联盟的城市。</translation>
    </message>
    <message>
        <source>{city} already has an open inquiry (status: {status}). Open that one instead of recording a second.</source>
        <translation>{city} 已有一项未结咨询（状态：{status}）。请打开该咨询，不要重复登记。</translation>
    </message>
    <message>
        <source>Choose the interested city or enter its name.</source>
        <translation>请选择意向城市或输入其名称。</translation>
    </message>
    <message>
        <source>Choose the country of {city}.</source>
        <translation>请选择 {city} 所在的国家。</translation>
    </message>
    <message>
        <source>{city} is already in the database. Choose it as an existing city.</source>
        <translation>{city} 已在数据库中。请将其作为现有城市选择。</translation>
    </message>
    <message>
        <source>The chosen contact person does not exist (any more).</source>
        <translation>所选联系人不存在或已被删除。</translation>
    </message>
    <message>
        <source>Choose the contact person or enter a new one.</source>
        <translation>请选择联系人或输入新的联系人。</translation>
    </message>
    <message>
        <source>Inquiry received</source>
        <translation>已收到咨询</translation>
    </message>
    <message>
        <source>{year}-{month}-{day}</source>
        <translation>{year}年{month}月{day}日</translation>
    </message>
    <message>
        <source>The inquiry {id} does not exist (any more).</source>
        <translation>咨询 {id} 不存在或已被删除。</translation>
    </message>
    <message>
        <source>The next follow-up ({date}) lies in the past. Choose today or a later day, or leave it empty.</source>
        <translation>下次跟进日期（{date}）已过。请选择今天或以后的日期，或留空。</translation>
    </message>
    <message>
        <source>The inquiry of {city} was accepted; its status cannot change any more. Change the member record of {city} instead.</source>
        <translation>{city} 的咨询已被接纳，状态不能再更改。请改为修改 {city} 的成员记录。</translation>
    </message>
    <message>
        <source>{city} has another open inquiry; this one cannot be reopened. Go on with the open one.</source>
        <translation>{city} 还有另一项未结咨询，因此无法重新打开此咨询。请继续处理那项未结咨询。</translation>
    </message>
    <message>
        <source> (member since {date})</source>
        <translation> (自 {date} 起为成员)</translation>
    </message>
    <message>
        <source>{city} is already a member of the alliance{since}. Nothing was changed. You can close the inquiry as accepted and leave the member record as it is.</source>
        <translation>{city} 已是联盟成员{since}。未做任何更改。您可以将此咨询以“已接纳”结案，成员记录保持不变。</translation>
    </message>
    <message>
        <source>{city} is a member since {date}.</source>
        <translation>{city} 自 {date} 起为成员。</translation>
    </message>
    <message>
        <source>Status: {old} → {new}</source>
        <translation>状态：{old} → {new}</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>未指派</translation>
    </message>
    <message>
        <source>Assigned to: {old} → {new}</source>
        <translation>负责人：{old} → {new}</translation>
    </message>
    <message>
        <source>An inquiry needs a contact person.</source>
        <translation>咨询必须指定联系人。</translation>
    </message>
    <message>
        <source>Write what happened: a subject or a text.</source>
        <translation>请填写发生的情况：主题或正文。</translation>
    </message>
    <message>
        <source>Delete the inquiry of {city}</source>
        <translation>删除 {city} 的咨询</translation>
    </message>
    <message>
        <source>Delete {count} inquiries</source>
        <translation>删除 {count} 项咨询</translation>
    </message>
</context>
<context>
    <name>InquiriesView</name>
    <message>
        <source>Due or overdue</source>
        <translation>到期或已逾期</translation>
    </message>
    <message>
        <source>Open inquiries whose follow-up is today or earlier</source>
        <translation>跟进日期为今天或更早的未结咨询</translation>
    </message>
    <message>
        <source>All countries</source>
        <translation>所有国家</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>未结</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已结</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>所有状态</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>所有负责人</translation>
    </message>
    <message>
        <source>New inquiry…</source>
        <translation>新建咨询…</translation>
    </message>
    <message>
        <source>Log a call…</source>
        <translation>记录通话…</translation>
    </message>
    <message>
        <source>Move to</source>
        <translation>移至</translation>
    </message>
    <message>
        <source>List</source>
        <translation>列表</translation>
    </message>
    <message>
        <source>Board</source>
        <translation>看板</translation>
    </message>
    <message>
        <source>A column per status: drag a card to change its status</source>
        <translation>每个状态一列：拖动卡片即可更改其状态</translation>
    </message>
    <message>
        <source>Search inquiries: city, contact, summary … (Ctrl+F)</source>
        <translation>搜索咨询：城市、联系人、摘要…（Ctrl+F）</translation>
    </message>
    <message>
        <source>{shown} of {total} inquiries</source>
        <translation>{shown} / {total} 项咨询</translation>
    </message>
    <message>
        <source>1 inquiry</source>
        <translation>1 项咨询</translation>
    </message>
    <message>
        <source>{count} inquiries</source>
        <translation>{count} 项咨询</translation>
    </message>
    <message>
        <source>Log an e-mail, meeting or note…</source>
        <translation>记录邮件、会面或备忘…</translation>
    </message>
    <message>
        <source>Accepted: becomes a member…</source>
        <translation>已接纳：成为成员…</translation>
    </message>
    <message>
        <source>Delete inquiry…</source>
        <translation>删除咨询…</translation>
    </message>
    <message>
        <source>The board shows every status in its own column</source>
        <translation>看板将每个状态显示在单独的列中</translation>
    </message>
    <message>
        <source>Delete the inquiry of {city} with its history?</source>
        <translation>删除 {city} 的咨询及其历史记录？</translation>
    </message>
    <message>
        <source>Delete these {count} inquiries with their history?</source>
        <translation>删除这 {count} 项咨询及其历史记录？</translation>
    </message>
    <message>
        <source>The cities and contact persons stay.</source>
        <translation>城市和联系人将保留。</translation>
    </message>
</context>
<context>
    <name>InquiryActions</name>
    <message>
        <source>Overdue ({days} days)</source>
        <translation>已逾期（{days} 天）</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>今天到期</translation>
    </message>
    <message>
        <source>Accept {city} as a member</source>
        <translation>接纳 {city} 为成员</translation>
    </message>
    <message>
        <source>Decline the inquiry of {city}</source>
        <translation>拒绝 {city} 的咨询</translation>
    </message>
    <message>
        <source>{city} withdrew its inquiry</source>
        <translation>{city} 已撤回咨询</translation>
    </message>
    <message>
        <source>Member since</source>
        <translation>加入时间</translation>
    </message>
    <message>
        <source>Reason or remark for the history (optional)</source>
        <translation>历史记录中的原因或备注（可选）</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>{city} becomes a member of the alliance. Its contacts and organisations stay linked.</source>
        <translation>{city} 将成为联盟成员。其联系人和机构仍保持关联。</translation>
    </message>
    <message>
        <source>The inquiry of {city} is closed and stays searchable.</source>
        <translation>{city} 的咨询将结案，但仍可搜索。</translation>
    </message>
    <message>
        <source>Accept as member</source>
        <translation>接纳为成员</translation>
    </message>
    <message>
        <source>Close the inquiry</source>
        <translation>结束咨询</translation>
    </message>
    <message>
        <source>Already a member</source>
        <translation>已是成员</translation>
    </message>
    <message>
        <source>Close as accepted, leave the member as it is</source>
        <translation>以“已接纳”结案，成员记录保持不变</translation>
    </message>
    <message>
        <source>Status not changed</source>
        <translation>状态未更改</translation>
    </message>
    <message>
        <source>Log an activity: {city}</source>
        <translation>记录往来：{city}</translation>
    </message>
    <message>
        <source>e.g. Call about the council's decision</source>
        <translation>例如：关于市议会决定的通话</translation>
    </message>
    <message>
        <source>What was said or agreed</source>
        <translation>谈话或约定的内容</translation>
    </message>
    <message>
        <source>With</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>正文</translation>
    </message>
    <message>
        <source>Next follow-up</source>
        <translation>下次跟进</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
</context>
<context>
    <name>InquiryBoard</name>
    <message>
        <source>{days} days</source>
        <translation>{days} 天</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>跟进</translation>
    </message>
    <message>
        <source>No follow-up</source>
        <translation>无跟进日期</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>今天到期</translation>
    </message>
    <message>
        <source>{count} more in the list</source>
        <translation>列表中还有 {count} 项</translation>
    </message>
</context>
<context>
    <name>InquiryDialog</name>
    <message>
        <source>Type a name, e-mail or Chinese name</source>
        <translation>输入姓名、电子邮箱或中文名</translation>
    </message>
    <message>
        <source>No contact found. Choose “New contact” to enter one.</source>
        <translation>未找到联系人。请选择“新联系人”进行录入。</translation>
    </message>
    <message>
        <source>This city has no contacts yet. Type to search, or enter a new contact.</source>
        <translation>该城市还没有联系人。可输入内容进行搜索，或录入新联系人。</translation>
    </message>
    <message>
        <source>Type to find a contact.</source>
        <translation>输入内容以查找联系人。</translation>
    </message>
    <message>
        <source>New membership inquiry</source>
        <translation>新建入盟咨询</translation>
    </message>
    <message>
        <source>Interested city</source>
        <translation>意向城市</translation>
    </message>
    <message>
        <source>Existing city</source>
        <translation>现有城市</translation>
    </message>
    <message>
        <source>New city</source>
        <translation>新城市</translation>
    </message>
    <message>
        <source>Type to find a prospect or applicant</source>
        <translation>输入内容以查找意向城市或申请中的城市</translation>
    </message>
    <message>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>e.g. 佛山市</source>
        <translation>例如：佛山市</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Name in Chinese characters</source>
        <translation>中文名称</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国家</translation>
    </message>
    <message>
        <source>State/province</source>
        <translation>联邦州/省份</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Existing contact</source>
        <translation>现有联系人</translation>
    </message>
    <message>
        <source>New contact</source>
        <translation>新联系人</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Academic title</source>
        <translation>学术头衔</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>名</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>姓</translation>
    </message>
    <message>
        <source>Office or position</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>电子邮箱</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Inquiry</source>
        <translation>咨询</translation>
    </message>
    <message>
        <source>What does the city want to know or achieve?</source>
        <translation>该城市希望了解或实现什么？</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>收到日期</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Next follow-up</source>
        <translation>下次跟进</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>1 contact</source>
        <translation>1 个联系人</translation>
    </message>
    <message>
        <source>{count} contacts</source>
        <translation>{count} 个联系人</translation>
    </message>
</context>
<context>
    <name>InquiryEditor</name>
    <message>
        <source>No entries yet.</source>
        <translation>暂无记录。</translation>
    </message>
    <message>
        <source>Accept as member…</source>
        <translation>接纳为成员…</translation>
    </message>
    <message>
        <source>Decline…</source>
        <translation>拒绝…</translation>
    </message>
    <message>
        <source>Withdrawn…</source>
        <translation>已撤回…</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>重新打开</translation>
    </message>
    <message>
        <source>Take the inquiry up again (status: in contact)</source>
        <translation>重新开始处理此咨询（状态：联系中）</translation>
    </message>
    <message>
        <source>Inquiry</source>
        <translation>咨询</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>收到日期</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Next follow-up</source>
        <translation>下次跟进</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>History</source>
        <translation>历史记录</translation>
    </message>
    <message>
        <source>now</source>
        <translation>现在</translation>
    </message>
    <message>
        <source>When it happened (now, unless you type a time)</source>
        <translation>发生时间（如未输入时间则为现在）</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>What happened: a call, an e-mail, a meeting …</source>
        <translation>发生了什么：通话、邮件、会面…</translation>
    </message>
    <message>
        <source>Add to history</source>
        <translation>添加到历史记录</translation>
    </message>
    <message>
        <source>Inquiry: {city}</source>
        <translation>咨询：{city}</translation>
    </message>
    <message>
        <source>received {date}</source>
        <translation>收到于 {date}</translation>
    </message>
    <message>
        <source>{status} on {date}</source>
        <translation>{status}（{date}）</translation>
    </message>
</context>
<context>
    <name>InquiryOverview</name>
    <message numerus="yes">
        <source>%n follow-ups overdue</source>
        <translation><numerusform>%n 项跟进已逾期</numerusform></translation>
    </message>
    <message>
        <source>1 due today</source>
        <translation>1 项今天到期</translation>
    </message>
    <message>
        <source>{count} due today</source>
        <translation>{count} 项今天到期</translation>
    </message>
    <message>
        <source>Membership inquiries</source>
        <translation>入盟咨询</translation>
    </message>
    <message>
        <source>Due and overdue follow-ups</source>
        <translation>到期和已逾期的跟进</translation>
    </message>
    <message>
        <source>Nothing is due. Well done.</source>
        <translation>没有到期事项。做得好！</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>跟进日期</translation>
    </message>
    <message>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Show all that is due ({text})</source>
        <translation>显示所有到期事项（{text}）</translation>
    </message>
    <message>
        <source>Open inquiries per status: {count}</source>
        <translation>各状态的未结咨询：{count}</translation>
    </message>
    <message>
        <source>Closed: {counts}</source>
        <translation>已结：{counts}</translation>
    </message>
    <message>
        <source>Click to list the inquiries that are due</source>
        <translation>单击以列出到期的咨询</translation>
    </message>
    <message>
        <source>Inquiries: {text}</source>
        <translation>咨询：{text}</translation>
    </message>
</context>
<context>
    <name>InviteDialog</name>
    <message>
        <source>Invite to the event</source>
        <translation>邀请参加活动</translation>
    </message>
    <message>
        <source>Invite to “{event}”</source>
        <translation>邀请参加“{event}”</translation>
    </message>
    <message>
        <source>Choose one or more sources; they add up. People already on the list keep their status. Inactive contacts of a tag or member are left out.</source>
        <translation>请选择一个或多个来源，各来源会叠加。已在名单上的人保留其状态。标签或成员下已停用的联系人不会被邀请。</translation>
    </message>
    <message>
        <source>Invite</source>
        <translation>邀请</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>用途</translation>
    </message>
    <message>
        <source>Contacts with the tag</source>
        <translation>带此标签的联系人</translation>
    </message>
    <message>
        <source>The contacts selected in the Contacts list ({count})</source>
        <translation>在“联系人”列表中选中的联系人（{count}）</translation>
    </message>
    <message>
        <source>All contacts the Contacts list shows with its search and filters ({count})</source>
        <translation>“联系人”列表按当前搜索和筛选显示的所有联系人（{count}）</translation>
    </message>
    <message>
        <source>All contacts of these members:</source>
        <translation>这些成员的所有联系人：</translation>
    </message>
    <message>
        <source>Filter members</source>
        <translation>筛选成员</translation>
    </message>
    <message>
        <source>Nobody invited</source>
        <translation>未邀请任何人</translation>
    </message>
    <message numerus="yes">
        <source>%n left out without consent for “{purpose}”: {names}</source>
        <translation><numerusform>因未同意“{purpose}”而略过 %n 人：{names}</numerusform></translation>
    </message>
    <message>
        <source>{count} invited</source>
        <translation>已邀请 {count} 人</translation>
    </message>
    <message numerus="yes">
        <source>%n were on the list already</source>
        <translation><numerusform>%n 人已在名单上</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n inactive contacts left out</source>
        <translation><numerusform>已略过 %n 个非活跃联系人</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n left out without consent</source>
        <translation><numerusform>因未同意而略过 %n 人</numerusform></translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>(not stated)</source>
        <translation>（未说明）</translation>
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
        <source>Prospect</source>
        <translation>意向城市</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>申请中</translation>
    </message>
    <message>
        <source>Guest</source>
        <translation>观察员</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>成员</translation>
    </message>
    <message>
        <source>Former member</source>
        <translation>前成员</translation>
    </message>
    <message>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>District</source>
        <translation>区县</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地区</translation>
    </message>
    <message>
        <source>City network</source>
        <translation>城市网络</translation>
    </message>
    <message>
        <source>City administration</source>
        <translation>市政府</translation>
    </message>
    <message>
        <source>Economic development agency</source>
        <translation>经济促进机构</translation>
    </message>
    <message>
        <source>Chamber</source>
        <translation>商会</translation>
    </message>
    <message>
        <source>Ministry or agency</source>
        <translation>部委或政府机构</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>企业</translation>
    </message>
    <message>
        <source>Press</source>
        <translation>媒体</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>女</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>男</translation>
    </message>
    <message>
        <source>Diverse</source>
        <translation>多元性别</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Given name first</source>
        <translation>名在前</translation>
    </message>
    <message>
        <source>Family name first</source>
        <translation>姓在前</translation>
    </message>
    <message>
        <source>German</source>
        <translation>德语</translation>
    </message>
    <message>
        <source>English</source>
        <translation>英语</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>中文</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新建</translation>
    </message>
    <message>
        <source>In contact</source>
        <translation>联系中</translation>
    </message>
    <message>
        <source>Documents sent</source>
        <translation>已寄送材料</translation>
    </message>
    <message>
        <source>Application received</source>
        <translation>已收到申请</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>已接纳</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>已撤回</translation>
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
        <source>Letter</source>
        <translation>信函</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>网站</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备忘</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>通话</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>会面</translation>
    </message>
    <message>
        <source>No answer yet</source>
        <translation>尚未答复</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>已报名</translation>
    </message>
    <message>
        <source>Declined</source>
        <comment>participation</comment>
        <translation>已谢绝</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>已出席</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>未出席</translation>
    </message>
    <message>
        <source>Newsletter</source>
        <translation>新闻通讯</translation>
    </message>
    <message>
        <source>Invitations</source>
        <translation>邀请</translation>
    </message>
    <message>
        <source>Press list</source>
        <translation>媒体名单</translation>
    </message>
    <message>
        <source>Sharing with the secretariat in Foshan</source>
        <translation>与佛山秘书处共享</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>新建</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>已修改</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>已删除</translation>
    </message>
    <message>
        <source>Erased for good</source>
        <translation>已永久删除</translation>
    </message>
    <message>
        <source>Sent through the mail server</source>
        <translation>通过邮件服务器发送</translation>
    </message>
    <message>
        <source>Written as drafts</source>
        <translation>写成草稿</translation>
    </message>
    <message>
        <source>Not yet accepted</source>
        <translation>尚未被接收</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>已发送</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>被拒绝</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>已跳过</translation>
    </message>
</context>
<context>
    <name>Letters</name>
    <message>
        <source>The letter font {path} is missing: reinstall ISA Desk.</source>
        <translation>缺少信函字体 {path}：请重新安装 ISA Desk。</translation>
    </message>
    <message>
        <source>Letter from the template “{template}”.</source>
        <translation>根据模板“{template}”生成的信函。</translation>
    </message>
    <message>
        <source>The template “{template}” uses the unknown merge field “{field}”. Correct the template; no letter was made.</source>
        <translation>模板“{template}”使用了未知的合并字段“{field}”。请更正模板；未生成任何信函。</translation>
    </message>
    <message>
        <source>The template “{template}” uses the merge field “{field}”: choose an event.</source>
        <translation>模板“{template}”使用了合并字段“{field}”：请选择一项活动。</translation>
    </message>
    <message>
        <source>the salutation by the rules, or the contact's own</source>
        <translation>按规则生成的称呼，或联系人的自定义称呼</translation>
    </message>
    <message>
        <source>the letter's date in words</source>
        <translation>信函日期（文字形式）</translation>
    </message>
    <message>
        <source>academic title</source>
        <translation>学术头衔</translation>
    </message>
    <message>
        <source>given name</source>
        <translation>名</translation>
    </message>
    <message>
        <source>family name</source>
        <translation>姓</translation>
    </message>
    <message>
        <source>name in the person's own order</source>
        <translation>按本人姓名顺序排列的姓名</translation>
    </message>
    <message>
        <source>name in Chinese characters</source>
        <translation>中文名</translation>
    </message>
    <message>
        <source>office or position</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>e-mail address</source>
        <translation>电子邮箱</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>机构</translation>
    </message>
    <message>
        <source>organisation in Chinese characters</source>
        <translation>机构中文名称</translation>
    </message>
    <message>
        <source>organisation's town</source>
        <translation>机构所在城市</translation>
    </message>
    <message>
        <source>member city or region</source>
        <translation>成员城市或地区</translation>
    </message>
    <message>
        <source>member in Chinese characters</source>
        <translation>成员中文名称</translation>
    </message>
    <message>
        <source>event title</source>
        <translation>活动标题</translation>
    </message>
    <message>
        <source>event date in words</source>
        <translation>活动日期（文字形式）</translation>
    </message>
    <message>
        <source>event start and end time</source>
        <translation>活动开始和结束时间</translation>
    </message>
    <message>
        <source>event place</source>
        <translation>活动地点</translation>
    </message>
    <message>
        <source>registration deadline</source>
        <translation>报名截止日期</translation>
    </message>
    <message>
        <source>event description</source>
        <translation>活动说明</translation>
    </message>
    <message>
        <source>sender's organisation</source>
        <translation>寄件人机构</translation>
    </message>
    <message>
        <source>sender's contact person</source>
        <translation>寄件人联系人</translation>
    </message>
    <message>
        <source>sender's e-mail address</source>
        <translation>寄件人电子邮箱</translation>
    </message>
    <message>
        <source>sender's phone number</source>
        <translation>寄件人电话</translation>
    </message>
    <message>
        <source>sender's website</source>
        <translation>寄件人网站</translation>
    </message>
    <message>
        <source>Correspondence – no consent needed</source>
        <translation>往来信函 – 无需同意</translation>
    </message>
    <message>
        <source>no consent for “{purpose}”</source>
        <translation>未同意“{purpose}”</translation>
    </message>
    <message>
        <source>There is no member “{member}”.</source>
        <translation>没有成员“{member}”。</translation>
    </message>
    <message>
        <source>There is no tag “{tag}”.</source>
        <translation>没有标签“{tag}”。</translation>
    </message>
    <message>
        <source>does not want post</source>
        <translation>不希望收到信件</translation>
    </message>
    <message>
        <source>inactive</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>no postal address</source>
        <translation>没有邮寄地址</translation>
    </message>
    <message>
        <source>There is no contact with the id {ids}.</source>
        <translation>没有 ID 为 {ids} 的联系人。</translation>
    </message>
    <message>
        <source>The letter form must be A or B.</source>
        <translation>信函版式必须为 A 或 B。</translation>
    </message>
    <message>
        <source>Enter the sender's organisation.</source>
        <translation>请输入寄件人机构。</translation>
    </message>
    <message>
        <source>There is no letter template “{key}”. Templates: {keys}.</source>
        <translation>没有信函模板“{key}”。现有模板：{keys}。</translation>
    </message>
    <message>
        <source>The key is a short name of lower-case letters, digits, - and _, e.g. einladung-2022.</source>
        <translation>代号是由小写字母、数字、- 和 _ 组成的简称，例如 einladung-2022。</translation>
    </message>
    <message>
        <source>Enter a name for the template.</source>
        <translation>请输入模板名称。</translation>
    </message>
    <message>
        <source>Choose the letter's language.</source>
        <translation>请选择信函语言。</translation>
    </message>
    <message>
        <source>A template with the key “{key}” exists already.</source>
        <translation>代号为“{key}”的模板已存在。</translation>
    </message>
    <message>
        <source>The template was deleted meanwhile.</source>
        <translation>该模板已在此期间被删除。</translation>
    </message>
    <message>
        <source>The key of a built-in template cannot change.</source>
        <translation>内置模板的代号不能更改。</translation>
    </message>
    <message>
        <source>A built-in template cannot be deleted; reset it instead.</source>
        <translation>内置模板不能删除；可以将其重置。</translation>
    </message>
    <message>
        <source>“{key}” is not a built-in template.</source>
        <translation>“{key}”不是内置模板。</translation>
    </message>
    <message>
        <source>Serienbrief – mail-merge letters</source>
        <translation>邮件合并信函</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>信函</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>模板</translation>
    </message>
    <message>
        <source>(no event)</source>
        <translation>（无活动）</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>Date of the letters</source>
        <translation>信函日期</translation>
    </message>
    <message>
        <source>DIN 5008 Form B (letterhead 45 mm)</source>
        <translation>DIN 5008 B 版式（信头 45 mm）</translation>
    </message>
    <message>
        <source>DIN 5008 Form A (letterhead 27 mm)</source>
        <translation>DIN 5008 A 版式（信头 27 mm）</translation>
    </message>
    <message>
        <source>Sender…</source>
        <translation>寄件人…</translation>
    </message>
    <message>
        <source>Layout</source>
        <translation>版式</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>用途</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>收件人</translation>
    </message>
    <message>
        <source>Selected contacts ({count})</source>
        <translation>所选联系人（{count}）</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>成员</translation>
    </message>
    <message>
        <source>Participants of the event</source>
        <translation>活动参会者</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>输出</translation>
    </message>
    <message>
        <source>One PDF for printing</source>
        <translation>一个 PDF，用于打印</translation>
    </message>
    <message>
        <source>One PDF per recipient</source>
        <translation>每位收件人一个 PDF</translation>
    </message>
    <message>
        <source>Address labels (3 × 8)</source>
        <translation>地址标签（3 × 8）</translation>
    </message>
    <message>
        <source>Open the result when done</source>
        <translation>完成后打开结果</translation>
    </message>
    <message>
        <source>◀ Previous</source>
        <translation>◀ 上一封</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>下一封 ▶</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Make letters</source>
        <translation>生成信函</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Choose a template.</source>
        <translation>请选择模板。</translation>
    </message>
    <message numerus="yes">
        <source>%n letters.</source>
        <translation><numerusform>%n 封信。</numerusform></translation>
    </message>
    <message>
        <source>Without consent for “{purpose}”: {count}.</source>
        <translation>未同意“{purpose}”：{count} 个。</translation>
    </message>
    <message>
        <source>Skipped {count}: {names}</source>
        <translation>已跳过 {count} 个：{names}</translation>
    </message>
    <message>
        <source>and {count} more</source>
        <translation>以及另外 {count} 个</translation>
    </message>
    <message>
        <source>No recipient: choose others.</source>
        <translation>没有收件人：请另选。</translation>
    </message>
    <message>
        <source>Letter {number} of {count}: {name}</source>
        <translation>第 {number} 封，共 {count} 封：{name}</translation>
    </message>
    <message numerus="yes">
        <source>%n letters, {pages} written.</source>
        <translation><numerusform>已生成 %n 封信，共{pages}。</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n pages</source>
        <translation><numerusform>%n 页</numerusform></translation>
    </message>
    <message>
        <source>Cancelled: no letter was kept.</source>
        <translation>已取消：未保留任何信函。</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>另存为</translation>
    </message>
    <message>
        <source>Letterhead title</source>
        <translation>信头标题</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>机构</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>街道</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>邮编</translation>
    </message>
    <message>
        <source>Town</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Fax</source>
        <translation>传真</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>电子邮箱</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>网站</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Return line (above the address)</source>
        <translation>回邮地址行（收件地址上方）</translation>
    </message>
    <message>
        <source>Footer</source>
        <translation>页脚</translation>
    </message>
    <message>
        <source>Signature: name</source>
        <translation>签名：姓名</translation>
    </message>
    <message>
        <source>Signature: function</source>
        <translation>签名：职务</translation>
    </message>
    <message>
        <source>Logo (PNG or JPEG)</source>
        <translation>标志（PNG 或 JPEG）</translation>
    </message>
    <message>
        <source>Sender of the letters</source>
        <translation>信函寄件人</translation>
    </message>
    <message>
        <source>Names in Chinese characters after the Latin ones in the address</source>
        <translation>在地址中的拉丁字母名称后附上中文名称</translation>
    </message>
    <message>
        <source>Berlin office</source>
        <translation>柏林办公室</translation>
    </message>
    <message>
        <source>Fill in the Berlin office's data</source>
        <translation>填入柏林办公室的信息</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>标志</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg)</source>
        <translation>图片 (*.png *.jpg)</translation>
    </message>
    <message>
        <source>Letter templates</source>
        <translation>信函模板</translation>
    </message>
    <message>
        <source>The text after the salutation. A blank line starts a new paragraph; a line starting with “- ” is a bullet point.</source>
        <translation>称呼之后的正文。空行开始新段落；以“- ”开头的行为项目符号。</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>代号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>正文</translation>
    </message>
    <message>
        <source>Closing</source>
        <translation>结束语</translation>
    </message>
    <message>
        <source>Merge fields (double-click inserts at the cursor; an empty signature takes the sender's):</source>
        <translation>合并字段（双击即在光标处插入；签名为空时使用寄件人的签名）：</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新建</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>重置</translation>
    </message>
    <message>
        <source>Give the template “{key}” its original text back?</source>
        <translation>将模板“{key}”恢复为原始文本？</translation>
    </message>
    <message>
        <source>Delete the template “{key}”?</source>
        <translation>删除模板“{key}”？</translation>
    </message>
    <message>
        <source>The template “{key}” is written in {written}; for the recipients who read {wanted}, choose a template in {wanted}.</source>
        <translation>模板“{key}”以{written}书写；请为阅读{wanted}的收件人选择{wanted}模板。</translation>
    </message>
    <message numerus="yes">
        <source>%n in {language}</source>
        <translation><numerusform>{language} %n 封</numerusform></translation>
    </message>
    <message>
        <source>By language: {counts}.</source>
        <translation>按语言：{counts}。</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Each recipient in their preferred language</source>
        <translation>每位收件人使用其偏好的语言</translation>
    </message>
    <message>
        <source>Recipients get the template chosen for their language; without one, the built-in template of the same family, else the template above.</source>
        <translation>收件人收到为其语言选择的模板；若未选择，则使用同一系列的内置模板，否则使用上方的模板。</translation>
    </message>
    <message>
        <source>Addresses in China in Chinese order (中国 … 收)</source>
        <translation>中国境内地址按中文顺序（中国 … 收）</translation>
    </message>
    <message>
        <source>(automatic)</source>
        <translation>（自动）</translation>
    </message>
    <message>
        <source>Contacts without consent in force for this purpose are left out and listed.</source>
        <translation>对此用途没有有效同意的联系人将被略过并列出。</translation>
    </message>
</context>
<context>
    <name>ListArea</name>
    <message>
        <source>Click to show all records again</source>
        <translation>单击以重新显示所有记录</translation>
    </message>
    <message>
        <source>Search (Ctrl+F)</source>
        <translation>搜索（Ctrl+F）</translation>
    </message>
    <message>
        <source>{shown} of {total}</source>
        <translation>{shown} / {total}</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Default columns</source>
        <translation>默认列</translation>
    </message>
</context>
<context>
    <name>LiveUpdates</name>
    <message>
        <source>Reload</source>
        <translation>重新加载</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>继续编辑</translation>
    </message>
    <message>
        <source>The form shows the new values.</source>
        <translation>表单显示的是新值。</translation>
    </message>
    <message>
        <source>Changed by someone else at {time}.</source>
        <translation>已于 {time} 被他人更改。</translation>
    </message>
    <message>
        <source>Changed by {user} at {time}.</source>
        <translation>已于 {time} 被 {user} 更改。</translation>
    </message>
</context>
<context>
    <name>Mail</name>
    <message>
        <source>does not want e-mails</source>
        <translation>不接收邮件</translation>
    </message>
    <message>
        <source>no e-mail address</source>
        <translation>没有电子邮件地址</translation>
    </message>
    <message>
        <source>invalid e-mail address</source>
        <translation>电子邮件地址无效</translation>
    </message>
    <message>
        <source>The sender's e-mail address “{address}” is not valid: correct it in the letters' sender settings.</source>
        <translation>发件人电子邮件地址“{address}”无效：请在信函的发件人设置中更正。</translation>
    </message>
    <message>
        <source>The file {path} cannot be attached: {reason}.</source>
        <translation>无法附加文件 {path}：{reason}。</translation>
    </message>
    <message>
        <source>The attachments are too large together from {path} on: at most {mb} MB fit in one e-mail.</source>
        <translation>从 {path} 起，附件合计过大：一封邮件最多可容纳 {mb} MB。</translation>
    </message>
    <message>
        <source>“{url}” is no mail server: write smtp://USER@HOST:PORT or smtps://…</source>
        <translation>“{url}”不是邮件服务器：请写成 smtp://用户@主机:端口 或 smtps://…</translation>
    </message>
    <message>
        <source>Leave the password out of the server's address: it is kept in the system's password store or in ISA_DESK_SMTP_PASSWORD.</source>
        <translation>请勿在服务器地址中写入密码：密码保存在系统密码存储或 ISA_DESK_SMTP_PASSWORD 中。</translation>
    </message>
    <message>
        <source>The server {host} refused the login of {user}: {answer}</source>
        <translation>服务器 {host} 拒绝了 {user} 的登录：{answer}</translation>
    </message>
    <message>
        <source>The server {host} offers no encrypted connection (STARTTLS); try smtps:// and port 465.</source>
        <translation>服务器 {host} 不提供加密连接（STARTTLS）；请尝试 smtps:// 和端口 465。</translation>
    </message>
    <message>
        <source>the secure connection failed ({reason})</source>
        <translation>安全连接失败（{reason}）</translation>
    </message>
    <message>
        <source>the name is not known</source>
        <translation>名称未知</translation>
    </message>
    <message>
        <source>no answer in time</source>
        <translation>未及时响应</translation>
    </message>
    <message>
        <source>No connection to the mail server {host}:{port}: {reason}.</source>
        <translation>无法连接到邮件服务器 {host}:{port}：{reason}。</translation>
    </message>
    <message>
        <source>the server takes no addresses in non-Latin script</source>
        <translation>服务器不接受非拉丁字母的地址</translation>
    </message>
    <message>
        <source>The connection to the mail server {host} was lost: {reason}.</source>
        <translation>与邮件服务器 {host} 的连接中断：{reason}。</translation>
    </message>
    <message>
        <source>The server {host} refused the sender {address}: {answer}</source>
        <translation>服务器 {host} 拒绝了发件人 {address}：{answer}</translation>
    </message>
    <message>
        <source>There is no password for {account}: store it in the system's password store (service "ISA Desk SMTP") or set ISA_DESK_SMTP_PASSWORD.</source>
        <translation>{account} 没有密码：请将其存入系统密码存储（服务“ISA Desk SMTP”）或设置 ISA_DESK_SMTP_PASSWORD。</translation>
    </message>
    <message>
        <source>There is no mailing {id}.</source>
        <translation>不存在群发 {id}。</translation>
    </message>
    <message>
        <source>E-mail draft of the mailing {id} (template “{template}”) to {address}, written to {file}.</source>
        <translation>群发 {id}（模板“{template}”）发给 {address} 的邮件草稿，已写入 {file}。</translation>
    </message>
    <message>
        <source>E-mail of the mailing {id} (template “{template}”) to {address}.</source>
        <translation>群发 {id}（模板“{template}”）发给 {address} 的邮件。</translation>
    </message>
    <message>
        <source>as .eml drafts</source>
        <translation>作为 .eml 草稿</translation>
    </message>
    <message>
        <source>through a mail server</source>
        <translation>通过邮件服务器</translation>
    </message>
    <message>
        <source>The mailing {id} was started {how}: continue it the same way.</source>
        <translation>群发 {id} 开始时是{how}：请以相同方式继续。</translation>
    </message>
    <message>
        <source>The mailing {id} cannot be locked for sending: {reason}</source>
        <translation>无法为发送锁定邮件群发 {id}：{reason}</translation>
    </message>
    <message>
        <source>The mailing {id} is being sent right now by {user} on {computer}. Wait until that run has finished; then resume the mailing to send what is left.</source>
        <translation>邮件群发 {id} 正在由 {user} 在 {computer} 上发送。请等待该次发送结束，然后继续群发以发送剩余部分。</translation>
    </message>
    <message>
        <source>The mailing {id} is being sent right now from another computer or program. Wait until that run has finished; then resume the mailing to send what is left.</source>
        <translation>邮件群发 {id} 正在由另一台计算机或程序发送。请等待该次发送结束，然后继续群发以发送剩余部分。</translation>
    </message>
    <message>
        <source>Enter the address to send the test to.</source>
        <translation>请输入测试邮件的收件地址。</translation>
    </message>
    <message>
        <source>the contact was deleted</source>
        <translation>联系人已被删除</translation>
    </message>
    <message>
        <source>Mailing {id}: {sent} sent, {pending} not yet; resume it to send the rest.</source>
        <translation>群发 {id}：已发送 {sent} 封，{pending} 封尚未发送；继续群发以发送其余邮件。</translation>
    </message>
</context>
<context>
    <name>MailDialog</name>
    <message>
        <source>Serien-E-Mail – mail merge by e-mail</source>
        <translation>邮件群发</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>Attach the personal letter as PDF</source>
        <translation>附上个人信函 PDF</translation>
    </message>
    <message>
        <source>Send through</source>
        <translation>发送方式</translation>
    </message>
    <message>
        <source>Server…</source>
        <translation>服务器…</translation>
    </message>
    <message>
        <source>As .eml files into</source>
        <translation>作为 .eml 文件存入</translation>
    </message>
    <message>
        <source>One draft per recipient, which Outlook opens ready to send.</source>
        <translation>每位收件人一份草稿，Outlook 打开后即可发送。</translation>
    </message>
    <message>
        <source>Send test to myself…</source>
        <translation>发送测试邮件给自己…</translation>
    </message>
    <message>
        <source>Send…</source>
        <translation>发送…</translation>
    </message>
    <message>
        <source>(no mail server set up yet)</source>
        <translation>（尚未设置邮件服务器）</translation>
    </message>
    <message numerus="yes">
        <source>%n e-mails.</source>
        <translation><numerusform>%n 封邮件。</numerusform></translation>
    </message>
    <message>
        <source>No recipient gets an e-mail.</source>
        <translation>没有收件人会收到邮件。</translation>
    </message>
    <message>
        <source>E-mail {number} of {count}: {name}</source>
        <translation>第 {number} 封，共 {count} 封：{name}</translation>
    </message>
    <message numerus="yes">
        <source>Resume the mailing of {date} (%n not sent yet)</source>
        <translation><numerusform>继续 {date} 的群发（%n 封尚未发送）</numerusform></translation>
    </message>
    <message>
        <source>Folder for the .eml files</source>
        <translation>.eml 文件的文件夹</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>收件人：</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>主题：</translation>
    </message>
    <message>
        <source>Attachments:</source>
        <translation>附件：</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Copy the list</source>
        <translation>复制列表</translation>
    </message>
    <message>
        <source>Back to the preview</source>
        <translation>返回预览</translation>
    </message>
    <message>
        <source>Sent ({count}):</source>
        <translation>已发送（{count}）：</translation>
    </message>
    <message>
        <source>Refused ({count}):</source>
        <translation>被拒绝（{count}）：</translation>
    </message>
    <message>
        <source>Not sent yet ({count}):</source>
        <translation>尚未发送（{count}）：</translation>
    </message>
    <message>
        <source>Skipped ({count}):</source>
        <translation>已跳过（{count}）：</translation>
    </message>
    <message>
        <source>Written ({count}):</source>
        <translation>已写入（{count}）：</translation>
    </message>
    <message>
        <source>Files attached to every e-mail</source>
        <translation>每封邮件都附带的文件</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>添加…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>附加文件</translation>
    </message>
    <message numerus="yes">
        <source>Send the %n e-mails that the mailing of {date} has not sent yet?</source>
        <translation><numerusform>发送 {date} 群发中尚未发出的 %n 封邮件？</numerusform></translation>
    </message>
    <message>
        <source>Send test to myself</source>
        <translation>发送测试邮件给自己</translation>
    </message>
    <message>
        <source>The message to {name} goes to this address instead:</source>
        <translation>发给 {name} 的邮件将改发到此地址：</translation>
    </message>
    <message>
        <source>Set up the mail server the e-mails go through.</source>
        <translation>请设置发送邮件所用的邮件服务器。</translation>
    </message>
    <message>
        <source>Enter the password for {account}.</source>
        <translation>请输入 {account} 的密码。</translation>
    </message>
    <message numerus="yes">
        <source>Write %n e-mails into {folder}?</source>
        <translation><numerusform>将 %n 封邮件写入 {folder}？</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Send %n e-mails through {server}?</source>
        <translation><numerusform>通过 {server} 发送 %n 封邮件？</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n recipients are skipped: {names}</source>
        <translation><numerusform>将跳过 %n 位收件人：{names}</numerusform></translation>
    </message>
    <message>
        <source>A mailing of this template to these recipients did not finish: a new one goes to everyone again. To send only what is missing, choose “Resume” instead.</source>
        <translation>此模板发给这些收件人的群发尚未完成：新的群发将再次发给所有人。如只发送缺少的邮件，请改选“继续”。</translation>
    </message>
    <message>
        <source>Serien-E-Mail</source>
        <translation>邮件群发</translation>
    </message>
    <message numerus="yes">
        <source>Mailing {id}: %n e-mails written to {folder}.</source>
        <translation><numerusform>群发 {id}：已将 %n 封邮件写入 {folder}。</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Mailing {id}: %n e-mails sent.</source>
        <translation><numerusform>群发 {id}：已发送 %n 封邮件。</numerusform></translation>
    </message>
    <message>
        <source>Not every e-mail was accepted: see the list.</source>
        <translation>并非所有邮件都被接收：请查看列表。</translation>
    </message>
    <message>
        <source>Test message written to {file}.</source>
        <translation>测试邮件已写入 {file}。</translation>
    </message>
    <message>
        <source>Test message to {address} sent: {answer}</source>
        <translation>测试邮件已发送至 {address}：{answer}</translation>
    </message>
    <message>
        <source>The server did not accept the test message: {answer}</source>
        <translation>服务器未接收测试邮件：{answer}</translation>
    </message>
    <message>
        <source>Cancelled: nothing was sent.</source>
        <translation>已取消：未发送任何邮件。</translation>
    </message>
    <message>
        <source>Mail server</source>
        <translation>邮件服务器</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>服务器</translation>
    </message>
    <message>
        <source>STARTTLS (usually port 587)</source>
        <translation>STARTTLS（通常端口 587）</translation>
    </message>
    <message>
        <source>SSL/TLS (usually port 465)</source>
        <translation>SSL/TLS（通常端口 465）</translation>
    </message>
    <message>
        <source>Encryption</source>
        <translation>加密</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>端口</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Remember the password in the system's password store</source>
        <translation>在系统密码存储中记住密码</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>Mail servers limit how many messages one may send a minute: wait this long between two.</source>
        <translation>邮件服务器会限制每分钟可发送的邮件数量：两封邮件之间等待这么长时间。</translation>
    </message>
    <message>
        <source>Pause between e-mails</source>
        <translation>邮件间隔</translation>
    </message>
    <message>
        <source>(kept in the password store)</source>
        <translation>（保存在密码存储中）</translation>
    </message>
    <message>
        <source>Enter the name of the mail server, e.g. smtp.example.org.</source>
        <translation>请输入邮件服务器名称，例如 smtp.example.org。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Open database…</source>
        <translation>打开数据库(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;New database…</source>
        <translation>新建数据库(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Backups…</source>
        <translation>备份(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>新建(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>打开(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Copy rows</source>
        <translation>复制行(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>查找(&amp;F)</translation>
    </message>
    <message>
        <source>Find du&amp;plicates…</source>
        <translation>查找重复项(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>重新加载(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Audit trail…</source>
        <translation>审计记录(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Privacy and retention…</source>
        <translation>隐私与保留期限(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;About ISA Desk</source>
        <translation>关于 ISA Desk(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Serienbrief…</source>
        <translation>邮件合并信函(&amp;S)…</translation>
    </message>
    <message>
        <source>Mail merge by &amp;e-mail…</source>
        <translation>邮件群发(&amp;E)…</translation>
    </message>
    <message>
        <source>Letter &amp;templates…</source>
        <translation>信函模板(&amp;T)…</translation>
    </message>
    <message>
        <source>&amp;Sender of the letters…</source>
        <translation>信函寄件人(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Columns</source>
        <translation>列(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Letters</source>
        <translation>信函(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>Choose a list first</source>
        <translation>请先选择一个列表</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <source>ISA Desk</source>
        <translation>ISA Desk</translation>
    </message>
    <message>
        <source>Opening the database…</source>
        <translation>正在打开数据库…</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>概览</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>成员</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>机构</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Inquiries</source>
        <translation>咨询</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>ISA Desk – {name}</source>
        <translation>ISA Desk – {name}</translation>
    </message>
    <message>
        <source>Database: {location}</source>
        <translation>数据库：{location}</translation>
    </message>
    <message>
        <source>{count} selected</source>
        <translation>已选择 {count} 项</translation>
    </message>
    <message>
        <source>&amp;Undo: {what}</source>
        <translation>撤销(&amp;U)：{what}</translation>
    </message>
    <message numerus="yes">
        <source>%n rows copied</source>
        <translation><numerusform>已复制 %n 行</numerusform></translation>
    </message>
    <message>
        <source>Cannot undo</source>
        <translation>无法撤销</translation>
    </message>
    <message>
        <source>Undone: {what}</source>
        <translation>已撤销：{what}</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>The language changes when ISA Desk is started next time.</source>
        <translation>语言将在下次启动 ISA Desk 时更改。</translation>
    </message>
    <message>
        <source>About ISA Desk</source>
        <translation>关于 ISA Desk</translation>
    </message>
    <message>
        <source>&lt;h3&gt;ISA Desk {version}&lt;/h3&gt;&lt;p&gt;Members, contacts, inquiries and events of the Chinese-German Industrial Cities Alliance (ISA), kept by its Berlin office.&lt;/p&gt;&lt;p&gt;Database: {location}&lt;/p&gt;</source>
        <translation>&lt;h3&gt;ISA Desk {version}&lt;/h3&gt;&lt;p&gt;中德工业城市联盟（ISA）的成员、联系人、咨询和活动，由联盟柏林办公室管理。&lt;/p&gt;&lt;p&gt;数据库：{location}&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>打开数据库</translation>
    </message>
    <message>
        <source>ISA Desk databases ({patterns});;All files (*)</source>
        <translation>ISA Desk 数据库 ({patterns});;所有文件 (*)</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>新建数据库</translation>
    </message>
    <message>
        <source>ISA Desk databases ({patterns})</source>
        <translation>ISA Desk 数据库 ({patterns})</translation>
    </message>
    <message>
        <source>&amp;Import list…</source>
        <translation>导入列表(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Export list…</source>
        <translation>导出列表(&amp;E)…</translation>
    </message>
    <message>
        <source>Export &amp;participants of an event…</source>
        <translation>导出活动参与者(&amp;P)…</translation>
    </message>
    <message>
        <source>Imports…</source>
        <translation>导入记录…</translation>
    </message>
    <message>
        <source>Undo last import…</source>
        <translation>撤销上次导入…</translation>
    </message>
    <message>
        <source>Open the list you want to export first: members, organisations, contacts, inquiries or events.</source>
        <translation>请先打开要导出的列表：成员、机构、联系人、咨询或活动。</translation>
    </message>
    <message>
        <source>The last import was undone.</source>
        <translation>上次导入已撤销。</translation>
    </message>
    <message>
        <source>&amp;Country names…</source>
        <translation>国家和地区名称(&amp;C)…</translation>
    </message>
    <message>
        <source>Warning about this database</source>
        <translation>关于此数据库的警告</translation>
    </message>
    <message>
        <source>Connect to &amp;team server…</source>
        <translation>连接团队服务器(&amp;T)…</translation>
    </message>
    <message>
        <source>&amp;Move to team server…</source>
        <translation>迁移到团队服务器(&amp;M)…</translation>
    </message>
</context>
<context>
    <name>MemberEditor</name>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Name in Chinese characters</source>
        <translation>中文名称</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国家</translation>
    </message>
    <message>
        <source>State or province</source>
        <translation>联邦州或省份</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Member since</source>
        <translation>加入时间</translation>
    </message>
    <message>
        <source>Left on</source>
        <translation>退出时间</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>网站</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>The towns of a region or city network, in the order to show.</source>
        <translation>地区或城市网络所辖的城镇，按显示顺序排列。</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>成员</translation>
    </message>
    <message>
        <source>New organisation…</source>
        <translation>新建机构…</translation>
    </message>
    <message>
        <source>New contact…</source>
        <translation>新建联系人…</translation>
    </message>
    <message>
        <source>The member cannot leave before joining.</source>
        <translation>退出时间不能早于加入时间。</translation>
    </message>
    <message>
        <source>Organisations ({count})</source>
        <translation>机构（{count}）</translation>
    </message>
    <message>
        <source>Contacts ({count})</source>
        <translation>联系人（{count}）</translation>
    </message>
    <message>
        <source>New member</source>
        <translation>新建成员</translation>
    </message>
</context>
<context>
    <name>Members</name>
    <message>
        <source>The member {id} does not exist (any more).</source>
        <translation>成员 {id} 不存在或已被删除。</translation>
    </message>
    <message>
        <source>Enter the member's name.</source>
        <translation>请输入成员名称。</translation>
    </message>
    <message>
        <source>Choose the member's country.</source>
        <translation>请选择成员所在国家。</translation>
    </message>
    <message>
        <source>“{country}” is not a country ISA Desk knows.</source>
        <translation>“{country}”不是 ISA Desk 已知的国家。</translation>
    </message>
    <message>
        <source>Delete member “{name}”</source>
        <translation>删除成员“{name}”</translation>
    </message>
    <message>
        <source>Delete {count} members</source>
        <translation>删除 {count} 个成员</translation>
    </message>
</context>
<context>
    <name>MembersView</name>
    <message>
        <source>Search members … (Ctrl+F)</source>
        <translation>搜索成员…（Ctrl+F）</translation>
    </message>
    <message>
        <source>Searches name, Chinese name, state or province, places and website. Umlauts and accents need not be typed: “duren” finds Düren.</source>
        <translation>搜索名称、中文名称、联邦州或省份、地点和网站。无需输入变音符号和重音符号：输入“duren”即可找到 Düren。</translation>
    </message>
    <message>
        <source>{shown} of {total} members</source>
        <translation>{shown} / {total} 个成员</translation>
    </message>
    <message>
        <source>1 member</source>
        <translation>1 个成员</translation>
    </message>
    <message>
        <source>{count} members</source>
        <translation>{count} 个成员</translation>
    </message>
    <message>
        <source>Show contacts of this member</source>
        <translation>显示此成员的联系人</translation>
    </message>
    <message>
        <source>New contact for this member…</source>
        <translation>为此成员新建联系人…</translation>
    </message>
    <message>
        <source>Member: {name}</source>
        <translation>成员：{name}</translation>
    </message>
</context>
<context>
    <name>Merge</name>
    <message>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Academic title</source>
        <translation>学术头衔</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>名</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>姓</translation>
    </message>
    <message>
        <source>Name order</source>
        <translation>姓名顺序</translation>
    </message>
    <message>
        <source>Name in Chinese characters</source>
        <translation>中文名</translation>
    </message>
    <message>
        <source>Office or position</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>机构</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>成员</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>电子邮箱</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>手机</translation>
    </message>
    <message>
        <source>Fax</source>
        <translation>传真</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>街道</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>邮编</translation>
    </message>
    <message>
        <source>Town</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>State or province</source>
        <translation>联邦州或省份</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国家</translation>
    </message>
    <message>
        <source>Preferred language</source>
        <translation>首选语言</translation>
    </message>
    <message>
        <source>Own salutation</source>
        <translation>自定义称呼</translation>
    </message>
    <message>
        <source>No post</source>
        <translation>不寄信</translation>
    </message>
    <message>
        <source>No e-mail</source>
        <translation>不发邮件</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>有效</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>given on {day}</source>
        <translation>于 {day} 同意</translation>
    </message>
    <message>
        <source>withdrawn on {day}</source>
        <translation>于 {day} 撤回</translation>
    </message>
    <message>
        <source>Merge contacts</source>
        <translation>合并联系人</translation>
    </message>
    <message>
        <source>Choose for each field which value the merged contact keeps. The left contact is kept; the right one's activities, event participations and inquiries move over, the tags of both are combined, then the right contact is deleted.</source>
        <translation>请为每个字段选择合并后联系人保留的值。左侧联系人将被保留；右侧联系人的往来记录、活动参会记录和咨询将转移过来，双方的标签将合并，然后删除右侧联系人。</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Swap sides</source>
        <translation>交换左右</translation>
    </message>
    <message>
        <source>Keep the right contact instead</source>
        <translation>改为保留右侧联系人</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>合并</translation>
    </message>
    <message>
        <source>kept</source>
        <translation>保留</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>{name} (no. {id}, {role})
{count} activities</source>
        <translation>{name}（编号 {id}，{role}）
{count} 条往来记录</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>同意</translation>
    </message>
    <message>
        <source>Per purpose the merged contact keeps the consent with the person's latest word: given or withdrawn.</source>
        <translation>对每项用途，合并后的联系人按本人最近一次的表态保留同意状态：同意或撤回。</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <source>both</source>
        <translation>两者</translation>
    </message>
    <message>
        <source>Merge the two contacts now? The right one is deleted; this cannot be undone.</source>
        <translation>现在合并这两个联系人吗？右侧联系人将被删除；此操作无法撤销。</translation>
    </message>
    <message>
        <source>Not merged</source>
        <translation>未合并</translation>
    </message>
</context>
<context>
    <name>OrganisationEditor</name>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Name in Chinese characters</source>
        <translation>中文名称</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>成员</translation>
    </message>
    <message>
        <source>On the advisory board</source>
        <translation>属于顾问委员会</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>街道</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>邮编</translation>
    </message>
    <message>
        <source>Town</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>State or province</source>
        <translation>联邦州或省份</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国家</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>电子邮箱</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>网站</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Postcode, town</source>
        <translation>邮编、城市</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>机构</translation>
    </message>
    <message>
        <source>Phone and e-mail</source>
        <translation>电话和邮箱</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>New contact…</source>
        <translation>新建联系人…</translation>
    </message>
    <message>
        <source>Contacts ({count})</source>
        <translation>联系人（{count}）</translation>
    </message>
    <message>
        <source>New organisation</source>
        <translation>新建机构</translation>
    </message>
    <message>
        <source>advisory board</source>
        <translation>顾问委员会</translation>
    </message>
</context>
<context>
    <name>Organisations</name>
    <message>
        <source>The organisation {id} does not exist (any more).</source>
        <translation>机构 {id} 不存在或已被删除。</translation>
    </message>
    <message>
        <source>Enter the organisation's name.</source>
        <translation>请输入机构名称。</translation>
    </message>
    <message>
        <source>“{country}” is not a country ISA Desk knows.</source>
        <translation>“{country}”不是 ISA Desk 已知的国家。</translation>
    </message>
    <message>
        <source>The chosen member does not exist (any more).</source>
        <translation>所选成员不存在或已被删除。</translation>
    </message>
    <message>
        <source>Delete organisation “{name}”</source>
        <translation>删除机构“{name}”</translation>
    </message>
    <message>
        <source>Delete {count} organisations</source>
        <translation>删除 {count} 个机构</translation>
    </message>
</context>
<context>
    <name>OrganisationsView</name>
    <message>
        <source>Search organisations … (Ctrl+F)</source>
        <translation>搜索机构…（Ctrl+F）</translation>
    </message>
    <message>
        <source>Searches name, Chinese name, town, state or province and e-mail. Umlauts and accents need not be typed: “koln” finds Köln.</source>
        <translation>搜索名称、中文名称、城市、联邦州或省份和电子邮箱。无需输入变音符号和重音符号：输入“koln”即可找到 Köln。</translation>
    </message>
    <message>
        <source>{shown} of {total} organisations</source>
        <translation>{shown} / {total} 个机构</translation>
    </message>
    <message>
        <source>1 organisation</source>
        <translation>1 个机构</translation>
    </message>
    <message>
        <source>{count} organisations</source>
        <translation>{count} 个机构</translation>
    </message>
    <message>
        <source>Show contacts of this organisation</source>
        <translation>显示此机构的联系人</translation>
    </message>
    <message>
        <source>New contact at this organisation…</source>
        <translation>在此机构新建联系人…</translation>
    </message>
    <message>
        <source>Organisation: {name}</source>
        <translation>机构：{name}</translation>
    </message>
</context>
<context>
    <name>Overview</name>
    <message>
        <source>Members per federal state (Germany)</source>
        <translation>各联邦州成员数（德国）</translation>
    </message>
    <message>
        <source>Members per province (China)</source>
        <translation>各省份成员数（中国）</translation>
    </message>
    <message>
        <source>Open this list</source>
        <translation>打开此列表</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>成员</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>机构</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Membership inquiries</source>
        <translation>入盟咨询</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>总计</translation>
    </message>
    <message>
        <source>Members by country and status</source>
        <translation>按国家和状态统计的成员</translation>
    </message>
    <message>
        <source>+ {count} in other statuses</source>
        <translation>+ {count} 个处于其他状态</translation>
    </message>
    <message>
        <source>All countries</source>
        <translation>所有国家</translation>
    </message>
</context>
<context>
    <name>Participants</name>
    <message>
        <source>This participant is no longer on the list.</source>
        <translation>该参会者已不在名单上。</translation>
    </message>
    <message>
        <source>{name}: “{old}” cannot become “{new}”.</source>
        <translation>{name}：“{old}”不能变为“{new}”。</translation>
    </message>
    <message>
        <source>{name}: “{new}” can only be recorded once the event has begun ({date}).</source>
        <translation>{name}：“{new}”只能在活动开始后（{date}）记录。</translation>
    </message>
    <message>
        <source>Someone else removed a participant meanwhile; nothing was changed.</source>
        <translation>他人已在此期间移除了一名参会者；未做任何更改。</translation>
    </message>
    <message>
        <source>Accompanying persons: a number from 0 to {most}.</source>
        <translation>随行人员：须为 0 到 {most} 之间的数字。</translation>
    </message>
    <message>
        <source>Interpreting: choose German, Chinese, English or none.</source>
        <translation>口译：请选择德语、中文、英语或无。</translation>
    </message>
    <message>
        <source>There is no tag “{tag}”.</source>
        <translation>没有标签“{tag}”。</translation>
    </message>
    <message>
        <source>There is no contact with the id {ids}.</source>
        <translation>没有 ID 为 {ids} 的联系人。</translation>
    </message>
    <message>
        <source>Remove “{name}” from the event</source>
        <translation>将“{name}”从活动中移除</translation>
    </message>
    <message>
        <source>Remove {count} participants from the event</source>
        <translation>从活动中移除 {count} 名参会者</translation>
    </message>
    <message>
        <source>{name} is already marked “{status}” for this event.</source>
        <translation>{name} 在此活动中已标记为“{status}”。</translation>
    </message>
    <message>
        <source>No interpreting</source>
        <translation>无需口译</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>参会者</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Registered on</source>
        <translation>报名日期</translation>
    </message>
    <message>
        <source>Accompanying persons</source>
        <translation>随行人员</translation>
    </message>
    <message>
        <source>Interpreting</source>
        <translation>口译</translation>
    </message>
    <message>
        <source>Invited on</source>
        <translation>邀请日期</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <source>Search participants: name, e-mail, organisation …</source>
        <translation>搜索参会者：姓名、电子邮箱、机构…</translation>
    </message>
    <message>
        <source>{shown} of {total} participants</source>
        <translation>{shown} / {total} 名参会者</translation>
    </message>
    <message numerus="yes">
        <source>%n participants</source>
        <translation><numerusform>%n 名参与者</numerusform></translation>
    </message>
    <message>
        <source>All {count}</source>
        <translation>全部 {count}</translation>
    </message>
    <message>
        <source>Set status</source>
        <translation>设置状态</translation>
    </message>
    <message>
        <source>Edit participant…</source>
        <translation>编辑参会者…</translation>
    </message>
    <message>
        <source>Remove from the event…</source>
        <translation>从活动中移除…</translation>
    </message>
    <message>
        <source>Status not changed</source>
        <translation>状态未更改</translation>
    </message>
    <message numerus="yes">
        <source>Take %n people off the list of this event? Their contact records stay.</source>
        <translation><numerusform>将 %n 人从此活动名单中移除吗？其联系人记录将保留。</numerusform></translation>
    </message>
    <message>
        <source>Remove from the event</source>
        <translation>从活动中移除</translation>
    </message>
</context>
<context>
    <name>PasswordStore</name>
    <message>
        <source>The system's password store cannot be used: {reason}</source>
        <translation>无法使用系统的密码存储：{reason}</translation>
    </message>
</context>
<context>
    <name>Privacy</name>
    <message>
        <source>{path}: choose a file name ending in .json or .pdf for the export.</source>
        <translation>{path}：请为导出文件选择以 .json 或 .pdf 结尾的文件名。</translation>
    </message>
    <message>
        <source>Information {name} {date}</source>
        <translation>个人数据查询 {name} {date}</translation>
    </message>
    <message>
        <source>Information about the data we hold about you</source>
        <translation>关于我们所保存的您的个人数据的说明</translation>
    </message>
    <message>
        <source>For: {name}</source>
        <translation>致：{name}</translation>
    </message>
    <message>
        <source>Prepared on {date} by {office}, {address}.</source>
        <translation>由 {office}（{address}）于 {date} 编制。</translation>
    </message>
    <message>
        <source>This is everything we hold about you. Questions and requests: {email}, {phone}.</source>
        <translation>以上是我们保存的有关您的全部数据。如有问题或请求，请联系：{email}，{phone}。</translation>
    </message>
    <message>
        <source>Nothing recorded.</source>
        <translation>无记录。</translation>
    </message>
    <message>
        <source>Your contact record</source>
        <translation>您的联系人记录</translation>
    </message>
    <message>
        <source>Your organisation</source>
        <translation>您的机构</translation>
    </message>
    <message>
        <source>Member city or region</source>
        <translation>成员城市或地区</translation>
    </message>
    <message>
        <source>Lists and tags</source>
        <translation>列表和标签</translation>
    </message>
    <message>
        <source>Your consents</source>
        <translation>您的同意</translation>
    </message>
    <message>
        <source>Notes, calls, e-mails and meetings</source>
        <translation>备注、电话、邮件和会面</translation>
    </message>
    <message>
        <source>Letters</source>
        <translation>信函</translation>
    </message>
    <message>
        <source>Membership inquiries</source>
        <translation>入盟咨询</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>E-mails sent to you</source>
        <translation>发送给您的邮件</translation>
    </message>
    <message>
        <source>Imports from lists</source>
        <translation>从名单导入</translation>
    </message>
    <message>
        <source>Decisions about possible duplicates</source>
        <translation>关于可能重复项的判定</translation>
    </message>
    <message>
        <source>History of changes</source>
        <translation>修改记录</translation>
    </message>
    <message>
        <source>Recorded on</source>
        <translation>录入日期</translation>
    </message>
    <message>
        <source>Last changed on</source>
        <translation>最后修改日期</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>用途</translation>
    </message>
    <message>
        <source>Given on</source>
        <translation>同意日期</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Withdrawn on</source>
        <translation>撤回日期</translation>
    </message>
    <message>
        <source>In force</source>
        <translation>有效</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>By</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>正文</translation>
    </message>
    <message>
        <source>City or region</source>
        <translation>城市或地区</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>结束</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Mailing started on</source>
        <translation>群发开始时间</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>模板</translation>
    </message>
    <message>
        <source>Sent as</source>
        <translation>发送方式</translation>
    </message>
    <message>
        <source>Sent by</source>
        <translation>发送人</translation>
    </message>
    <message>
        <source>Mailing finished on</source>
        <translation>群发完成时间</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Answer of the mail server</source>
        <translation>邮件服务器的答复</translation>
    </message>
    <message>
        <source>Message ID</source>
        <translation>邮件 ID</translation>
    </message>
    <message>
        <source>Sent on</source>
        <translation>发送时间</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Created your record</source>
        <translation>创建了您的记录</translation>
    </message>
    <message>
        <source>Values replaced</source>
        <translation>被替换的值</translation>
    </message>
    <message>
        <source>Undone on</source>
        <translation>撤销时间</translation>
    </message>
    <message>
        <source>Other contact (ID)</source>
        <translation>另一联系人（ID）</translation>
    </message>
    <message>
        <source>Decided on</source>
        <translation>判定时间</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>修改</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Record ID</source>
        <translation>记录 ID</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详细信息</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>同意</translation>
    </message>
    <message>
        <source>Note or activity</source>
        <translation>备注或往来记录</translation>
    </message>
    <message>
        <source>Membership inquiry</source>
        <translation>入盟咨询</translation>
    </message>
    <message>
        <source>Event participation</source>
        <translation>活动参会</translation>
    </message>
    <message>
        <source>Not a duplicate</source>
        <translation>不是重复项</translation>
    </message>
    <message>
        <source>There is no contact {id}.</source>
        <translation>不存在联系人 {id}。</translation>
    </message>
    <message>
        <source>Backups of the server database (pg_dump and the like) follow the server's own rules: ask its administrator when the last backup holding the person is removed.</source>
        <translation>服务器数据库的备份（pg_dump 等）遵循服务器自身的规则：请向其管理员询问，包含此人数据的最后一份备份何时删除。</translation>
    </message>
    <message>
        <source>Finding the person's data…</source>
        <translation>正在查找此人的数据…</translation>
    </message>
    <message>
        <source>Erasing…</source>
        <translation>正在永久删除…</translation>
    </message>
    <message>
        <source>Compacting the database…</source>
        <translation>正在压缩数据库…</translation>
    </message>
    <message>
        <source>Contact record: {count}</source>
        <translation>联系人记录：{count}</translation>
    </message>
    <message>
        <source>Tag links: {count}</source>
        <translation>标签关联：{count}</translation>
    </message>
    <message>
        <source>Consents: {count}</source>
        <translation>同意记录：{count}</translation>
    </message>
    <message>
        <source>Activities (notes, calls, e-mails): {count}</source>
        <translation>往来记录（备注、电话、邮件）：{count}</translation>
    </message>
    <message>
        <source>Event participations: {count}</source>
        <translation>活动参会记录：{count}</translation>
    </message>
    <message>
        <source>“Not a duplicate” decisions: {count}</source>
        <translation>“不是重复项”判定：{count}</translation>
    </message>
    <message>
        <source>Inquiries that stay, without the person: {count}</source>
        <translation>保留但不再关联此人的咨询：{count}</translation>
    </message>
    <message>
        <source>E-mails of mailings, name and address erased: {count}</source>
        <translation>群发邮件（姓名和地址已删除）：{count}</translation>
    </message>
    <message>
        <source>Imports that forget the person: {count}</source>
        <translation>不再记录此人的导入：{count}</translation>
    </message>
    <message>
        <source>History entries, values erased: {count}</source>
        <translation>历史记录条目（值已删除）：{count}</translation>
    </message>
    <message>
        <source>No backup beside the database holds the person.</source>
        <translation>除数据库外，没有任何备份包含此人的数据。</translation>
    </message>
    <message>
        <source>Backups that still hold the person (dated backups go with the rotation, if ISA Desk is started every day):</source>
        <translation>仍包含此人数据的备份（如果每天启动 ISA Desk，按日期的备份将随轮换删除）：</translation>
    </message>
    <message>
        <source>{path}: kept until removed by hand</source>
        <translation>{path}：保留至手动删除</translation>
    </message>
    <message>
        <source>{path}: removed by the rotation on {date}</source>
        <translation>{path}：将于 {date} 随轮换删除</translation>
    </message>
    <message>
        <source>The database file could not be compacted ({reason}): the erased values may remain in its free space until the file is compacted.</source>
        <translation>无法压缩数据库文件（{reason}）：在文件被压缩之前，已删除的值可能仍留在其空闲空间中。</translation>
    </message>
    <message>
        <source>Another program is reading the database: its write-ahead log will be emptied when that program closes it.</source>
        <translation>另一个程序正在读取数据库：该程序关闭数据库后，其预写日志将被清空。</translation>
    </message>
    <message>
        <source>The table {table} could not be compacted on the server ({reason}): the erased values stay in its files until the server reuses the space. Ask the server's administrator to run VACUUM FULL.</source>
        <translation>无法在服务器上压缩表 {table}（{reason}）：在服务器重新使用该空间之前，已删除的值仍留在其文件中。请让服务器管理员运行 VACUUM FULL。</translation>
    </message>
    <message>
        <source>Your login may not compact the tables {tables} on the server: the erased values stay in the server's files until it reuses the space. Ask the database's owner to run VACUUM FULL on them.</source>
        <translation>您的登录账户无权在服务器上压缩表 {tables}：在服务器重新使用该空间之前，已删除的值仍留在服务器的文件中。请让数据库所有者对这些表运行 VACUUM FULL。</translation>
    </message>
</context>
<context>
    <name>PrivacyExport</name>
    <message>
        <source>PDF to read or print (*.pdf)</source>
        <translation>PDF，用于阅读或打印 (*.pdf)</translation>
    </message>
    <message>
        <source>JSON for other programs (*.json)</source>
        <translation>JSON，供其他程序使用 (*.json)</translation>
    </message>
    <message>
        <source>Save the person's data</source>
        <translation>保存此人的数据</translation>
    </message>
    <message>
        <source>Data saved</source>
        <translation>数据已保存</translation>
    </message>
    <message>
        <source>The person's data was saved to {file}.</source>
        <translation>此人的数据已保存到 {file}。</translation>
    </message>
    <message>
        <source>Open file</source>
        <translation>打开文件</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>打开文件夹</translation>
    </message>
</context>
<context>
    <name>QShortcut</name>
    <message>
        <source>Return</source>
        <translation>回车</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>回车</translation>
    </message>
</context>
<context>
    <name>QuickRegistration</name>
    <message>
        <source>Quick registration</source>
        <translation>快速报名</translation>
    </message>
    <message>
        <source>Name or e-mail address</source>
        <translation>姓名或电子邮箱</translation>
    </message>
    <message>
        <source>Enter: registered · Ctrl+Enter: declined</source>
        <translation>Enter：已报名 · Ctrl+Enter：已谢绝</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>已报名</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>已谢绝</translation>
    </message>
    <message>
        <source>Nobody found. New people are added in the Contacts area first.</source>
        <translation>未找到任何人。新人员需先在“联系人”区域添加。</translation>
    </message>
    <message>
        <source>not invited yet: will be added</source>
        <translation>尚未邀请：将被添加</translation>
    </message>
    <message>
        <source>Not changed</source>
        <translation>未更改</translation>
    </message>
    <message>
        <source>{name}: added to the list and {status}.</source>
        <translation>{name}：已加入名单，{status}。</translation>
    </message>
    <message>
        <source>{name} was {status} already.</source>
        <translation>{name} 原已是“{status}”。</translation>
    </message>
    <message>
        <source>{name}: {status}.</source>
        <translation>{name}：{status}。</translation>
    </message>
</context>
<context>
    <name>RecordActions</name>
    <message>
        <source>Delete the member “{name}”?</source>
        <translation>删除成员“{name}”？</translation>
    </message>
    <message>
        <source>Delete the organisation “{name}”?</source>
        <translation>删除机构“{name}”？</translation>
    </message>
    <message>
        <source>Delete the contact “{name}”?</source>
        <translation>删除联系人“{name}”？</translation>
    </message>
    <message>
        <source>Delete these {count} members?</source>
        <translation>删除这 {count} 个成员？</translation>
    </message>
    <message>
        <source>Delete these {count} organisations?</source>
        <translation>删除这 {count} 个机构？</translation>
    </message>
    <message>
        <source>Delete these {count} contacts?</source>
        <translation>删除这 {count} 个联系人？</translation>
    </message>
    <message>
        <source>… and {count} more</source>
        <translation>… 以及另外 {count} 个</translation>
    </message>
    <message>
        <source>Delete members</source>
        <translation>删除成员</translation>
    </message>
    <message>
        <source>Contacts linked to these members: {count}. Keep them (without member) or delete them too?</source>
        <translation>与这些成员关联的联系人：{count} 个。保留这些联系人（不再关联成员），还是一并删除？</translation>
    </message>
    <message>
        <source>Contacts linked to the member: {count}. Keep them (without member) or delete them too?</source>
        <translation>与该成员关联的联系人：{count} 个。保留这些联系人（不再关联成员），还是一并删除？</translation>
    </message>
    <message>
        <source>Keep contacts</source>
        <translation>保留联系人</translation>
    </message>
    <message>
        <source>Delete contacts too</source>
        <translation>一并删除联系人</translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation>未删除</translation>
    </message>
    <message>
        <source>Merge contacts</source>
        <translation>合并联系人</translation>
    </message>
    <message>
        <source>Choose exactly two contacts to merge.</source>
        <translation>请恰好选择两个联系人进行合并。</translation>
    </message>
    <message>
        <source>Write e-mail</source>
        <translation>写邮件</translation>
    </message>
    <message numerus="yes">
        <source>The addresses are too many for one e-mail link. Open %n e-mails, each with a part of the recipients in Bcc?</source>
        <translation><numerusform>地址太多，一个邮件链接容纳不下。是否打开 %n 封邮件，每封在密送中包含部分收件人？</numerusform></translation>
    </message>
</context>
<context>
    <name>Records</name>
    <message>
        <source>“{value}” is not a valid value for {field}.</source>
        <translation>“{value}”不是 {field} 的有效值。</translation>
    </message>
    <message>
        <source>The record was deleted by someone else in the meantime.</source>
        <translation>该记录已在此期间被他人删除。</translation>
    </message>
    <message>
        <source>“{name}” was changed by someone else since you opened it. Your changes were not saved; open the record again to see the current state.</source>
        <translation>自您打开“{name}”以来，它已被他人修改。您的更改未保存；请重新打开该记录查看当前状态。</translation>
    </message>
    <message>
        <source>The record was changed by someone else while you were saving. Your changes were not saved; open the record again.</source>
        <translation>您保存时该记录被他人修改。您的更改未保存；请重新打开该记录。</translation>
    </message>
    <message>
        <source>The change breaks a rule of the database and was not saved: {reason}</source>
        <translation>此更改违反数据库规则，未保存：{reason}</translation>
    </message>
    <message>
        <source>Too long: {count} characters where at most {limit} fit.</source>
        <translation>过长：共 {count} 个字符，最多只能容纳 {limit} 个。</translation>
    </message>
</context>
<context>
    <name>Retention</name>
    <message>
        <source>Inactive contacts</source>
        <translation>不活跃的联系人</translation>
    </message>
    <message>
        <source>Finished inquiries</source>
        <translation>已结束的咨询</translation>
    </message>
    <message>
        <source>Old values in the audit trail</source>
        <translation>审计记录中的旧值</translation>
    </message>
    <message>
        <source>{field}: enter a whole number of months from 0 to {most} (0 = keep for ever).</source>
        <translation>{field}：请输入 0 到 {most} 之间的整月数（0 = 永久保留）。</translation>
    </message>
    <message>
        <source>None of the chosen inquiries is finished (any more).</source>
        <translation>所选咨询中没有（仍）已结束的咨询。</translation>
    </message>
    <message>
        <source>Privacy: data is due for review.</source>
        <translation>隐私：有数据需要审查。</translation>
    </message>
    <message>
        <source>Review…</source>
        <translation>审查…</translation>
    </message>
    <message>
        <source>Privacy and retention</source>
        <translation>隐私与保留期限</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Last sign of life</source>
        <translation>最后活跃时间</translation>
    </message>
    <message>
        <source>Marked inactive</source>
        <translation>标记为停用</translation>
    </message>
    <message>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>结束日期</translation>
    </message>
    <message>
        <source>Due for review</source>
        <translation>待审查</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Erase for good…</source>
        <translation>永久删除…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <source>Remove old values…</source>
        <translation>删除旧值…</translation>
    </message>
    <message>
        <source>Mark as reviewed</source>
        <translation>标记为已审查</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <source>Contacts ({count})</source>
        <translation>联系人（{count}）</translation>
    </message>
    <message>
        <source>Inquiries ({count})</source>
        <translation>咨询（{count}）</translation>
    </message>
    <message>
        <source>Audit values ({count})</source>
        <translation>审计记录值（{count}）</translation>
    </message>
    <message>
        <source>The audit trail keeps its values for ever.</source>
        <translation>审计记录永久保留其中的值。</translation>
    </message>
    <message>
        <source>Entries in the audit trail from before {date} that still hold values: {count}. Removing the values keeps the entries (who changed what, and when).</source>
        <translation>{date} 之前仍含有值的审计记录条目：{count}。删除这些值后，条目本身仍会保留（谁在何时修改了什么）。</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n finished inquiry(s)?</source>
        <translation><numerusform>删除 %n 条已结束的咨询？</numerusform></translation>
    </message>
    <message>
        <source>Remove old values</source>
        <translation>删除旧值</translation>
    </message>
    <message numerus="yes">
        <source>Remove the values from %n entry(s) of the audit trail from before {date}? The entries stay; the values cannot be brought back.</source>
        <translation><numerusform>删除 {date} 之前 %n 条审计记录条目中的值？条目会保留；这些值将无法恢复。</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Values removed from %n entry(s).</source>
        <translation><numerusform>已删除 %n 条条目中的值。</numerusform></translation>
    </message>
    <message>
        <source>Removing old values…</source>
        <translation>正在删除旧值…</translation>
    </message>
    <message>
        <source>Tick the rows first.</source>
        <translation>请先勾选行。</translation>
    </message>
    <message>
        <source>Reviewed on {date}.</source>
        <translation>已于 {date} 审查。</translation>
    </message>
    <message>
        <source>inactive</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>How long data is kept</source>
        <translation>数据保留期限</translation>
    </message>
    <message>
        <source> months</source>
        <translation> 个月</translation>
    </message>
    <message>
        <source>keep for ever</source>
        <translation>永久保留</translation>
    </message>
    <message>
        <source>0 = keep for ever. Contacts count from their last sign of life: a change, a note, an event, a mail or a consent.</source>
        <translation>0 = 永久保留。联系人从其最后活跃时间起计算：一次修改、一条备注、一场活动、一封邮件或一项同意。</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Tick all</source>
        <translation>全部勾选</translation>
    </message>
    <message>
        <source>Tick none</source>
        <translation>全部取消勾选</translation>
    </message>
    <message>
        <source>The oldest {shown} of {count} are shown.</source>
        <translation>显示 {count} 条中最早的 {shown} 条。</translation>
    </message>
    <message>
        <source>Nothing is due.</source>
        <translation>没有到期事项。</translation>
    </message>
</context>
<context>
    <name>Saving</name>
    <message>
        <source>Still saving, please wait.</source>
        <translation>仍在保存，请稍候。</translation>
    </message>
    <message>
        <source>Saving… (waiting for the database)</source>
        <translation>正在保存…（等待数据库）</translation>
    </message>
</context>
<context>
    <name>Tags</name>
    <message>
        <source>The tag “{name}” is longer than {limit} characters.</source>
        <translation>标签“{name}”超过 {limit} 个字符。</translation>
    </message>
</context>
<context>
    <name>TeamServer</name>
    <message>
        <source>Enter the name or address of the database server.</source>
        <translation>请输入数据库服务器的名称或地址。</translation>
    </message>
    <message>
        <source>The port is a number from 1 to 65535.</source>
        <translation>端口是 1 到 65535 之间的数字。</translation>
    </message>
    <message>
        <source>Enter the name of the database on the server.</source>
        <translation>请输入服务器上数据库的名称。</translation>
    </message>
    <message>
        <source>Enter the user name for the database server.</source>
        <translation>请输入数据库服务器的用户名。</translation>
    </message>
    <message>
        <source>Unknown encryption setting {mode}.</source>
        <translation>未知的加密设置 {mode}。</translation>
    </message>
    <message>
        <source>{url} is not the address of a PostgreSQL database. Write it as postgresql+psycopg://USER@SERVER:5432/DATABASE.</source>
        <translation>{url} 不是 PostgreSQL 数据库的地址。请写成 postgresql+psycopg://用户@服务器:5432/数据库。</translation>
    </message>
    <message>
        <source>{target} needs a driver that is not installed: {reason}</source>
        <translation>{target} 需要一个未安装的驱动程序：{reason}</translation>
    </message>
    <message>
        <source>Connect to team server</source>
        <translation>连接团队服务器</translation>
    </message>
    <message>
        <source>Open the office's shared database on its PostgreSQL server. The server, the database and your user name come from whoever set up the server.</source>
        <translation>打开办公室在其 PostgreSQL 服务器上的共享数据库。服务器、数据库和您的用户名由设置服务器的人提供。</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>连接</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>服务器</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>端口</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Remember the password</source>
        <translation>记住密码</translation>
    </message>
    <message>
        <source>Kept in the system's password store (on Windows the Credential Manager), never in a file of ISA Desk.</source>
        <translation>保存在系统的密码存储中（Windows 上为凭据管理器），绝不保存在 ISA Desk 的文件中。</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>测试连接</translation>
    </message>
    <message>
        <source>(kept in the password store)</source>
        <translation>（已保存在密码存储中）</translation>
    </message>
    <message>
        <source>Connecting to {server}…</source>
        <translation>正在连接 {server}…</translation>
    </message>
    <message>
        <source>Connected ({version}), but the database {database} holds tables of another program. Choose another database.</source>
        <translation>已连接（{version}），但数据库 {database} 包含其他程序的表。请选择另一个数据库。</translation>
    </message>
    <message>
        <source>Connected ({version}). The database {database} holds ISA Desk data.</source>
        <translation>已连接（{version}）。数据库 {database} 包含 ISA Desk 的数据。</translation>
    </message>
    <message>
        <source>Connected ({version}). The database {database} is empty.</source>
        <translation>已连接（{version}）。数据库 {database} 为空。</translation>
    </message>
    <message>
        <source>Move to team server</source>
        <translation>迁移到团队服务器</translation>
    </message>
    <message>
        <source>The database {name} is copied whole, with its history, templates and settings, into an empty database on the PostgreSQL server. This file stays as it is; afterwards the office works in the database on the server.</source>
        <translation>数据库 {name} 将连同其历史、模板和设置完整复制到 PostgreSQL 服务器上的一个空数据库中。此文件保持不变；之后办公室将使用服务器上的数据库工作。</translation>
    </message>
    <message>
        <source>Copy to the server</source>
        <translation>复制到服务器</translation>
    </message>
    <message>
        <source>Open the team database</source>
        <translation>打开团队数据库</translation>
    </message>
    <message>
        <source>Copying the database to the server…</source>
        <translation>正在将数据库复制到服务器…</translation>
    </message>
    <message>
        <source>Copied and verified: the database on the server holds as many rows in every table as this one ({total} in all). Open the team database now?</source>
        <translation>已复制并核对：服务器上的数据库每个表的行数都与此数据库相同（共 {total} 行）。现在打开团队数据库吗？</translation>
    </message>
    <message>
        <source>Cancelled. Nothing was copied.</source>
        <translation>已取消。未复制任何内容。</translation>
    </message>
</context>
<context>
    <name>Trail</name>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
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
        <translation>修改前</translation>
    </message>
    <message>
        <source>After</source>
        <translation>修改后</translation>
    </message>
    <message>
        <source>ISA Desk: audit trail</source>
        <translation>ISA Desk：审计记录</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>审计记录</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>成员</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>机构</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>同意</translation>
    </message>
    <message>
        <source>Inquiry</source>
        <translation>咨询</translation>
    </message>
    <message>
        <source>History entry</source>
        <translation>往来记录</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>参会者</translation>
    </message>
    <message>
        <source>Place of a member</source>
        <translation>成员地点</translation>
    </message>
    <message>
        <source>Letter template</source>
        <translation>信函模板</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Not a duplicate</source>
        <translation>不是重复项</translation>
    </message>
    <message>
        <source>Column mapping</source>
        <translation>列映射</translation>
    </message>
    <message>
        <source>(erased)</source>
        <translation>（已删除）</translation>
    </message>
    <message>
        <source>Double-click a change to open its record</source>
        <translation>双击某条修改以打开其记录</translation>
    </message>
    <message>
        <source>Show more</source>
        <translation>显示更多</translation>
    </message>
    <message>
        <source>Save the changes the filters show as an Excel workbook or a CSV file</source>
        <translation>将筛选显示的修改保存为 Excel 工作簿或 CSV 文件</translation>
    </message>
    <message>
        <source>No changes found</source>
        <translation>未找到修改</translation>
    </message>
    <message numerus="yes">
        <source>{shown} of %n change(s)</source>
        <translation><numerusform>%n 条修改中的 {shown} 条</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation><numerusform>%n 条修改</numerusform></translation>
    </message>
    <message>
        <source>Save these changes as an Excel workbook or a CSV file</source>
        <translation>将这些修改保存为 Excel 工作簿或 CSV 文件</translation>
    </message>
    <message>
        <source>Changes {record}</source>
        <translation>修改记录 {record}</translation>
    </message>
    <message>
        <source>Changes: {record}</source>
        <translation>修改记录：{record}</translation>
    </message>
    <message>
        <source>Changes…</source>
        <translation>修改记录…</translation>
    </message>
    <message>
        <source>Who changed what in this record, and when ({keys})</source>
        <translation>谁在何时修改了此记录中的什么（{keys}）</translation>
    </message>
    <message>
        <source>All users</source>
        <translation>所有用户</translation>
    </message>
    <message>
        <source>Only the changes of this user</source>
        <translation>仅显示此用户的修改</translation>
    </message>
    <message>
        <source>All kinds of record</source>
        <translation>所有记录类型</translation>
    </message>
    <message>
        <source>Search names and values</source>
        <translation>搜索名称和值</translation>
    </message>
    <message>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Export the changes</source>
        <translation>导出修改</translation>
    </message>
    <message>
        <source>Writing {file} …</source>
        <translation>正在写入 {file} …</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message numerus="yes">
        <source>%n rows exported to {file}</source>
        <translation><numerusform>已将 %n 行导出到 {file}</numerusform></translation>
    </message>
</context>
<context>
    <name>Transfer</name>
    <message>
        <source>Preparing the database on the server…</source>
        <translation>正在准备服务器上的数据库…</translation>
    </message>
    <message>
        <source>Nothing was copied. {reason}</source>
        <translation>未复制任何内容。{reason}</translation>
    </message>
    <message>
        <source>{target} is the database being copied.</source>
        <translation>{target} 就是正在被复制的数据库。</translation>
    </message>
    <message>
        <source>{source} is at schema {revision}, not at this program's {head}. Open it in ISA Desk once (which upgrades it), then copy it.</source>
        <translation>{source} 的架构版本为 {revision}，不是本程序的 {head}。请先在 ISA Desk 中打开一次（会将其升级），然后再复制。</translation>
    </message>
    <message>
        <source>Copying {table}…</source>
        <translation>正在复制 {table}…</translation>
    </message>
    <message>
        <source>Checking the copy…</source>
        <translation>正在核对副本…</translation>
    </message>
    <message>
        <source>The copy of the table {table} holds {copied} rows where the database holds {count}; nothing was copied.</source>
        <translation>表 {table} 的副本有 {copied} 行，而数据库中有 {count} 行；未复制任何内容。</translation>
    </message>
    <message>
        <source>The database {target} already holds records; ISA Desk copies only into an empty database. Nothing was copied: create a new database on the server.</source>
        <translation>数据库 {target} 中已有记录；ISA Desk 只复制到空数据库。未复制任何内容：请在服务器上创建一个新数据库。</translation>
    </message>
    <message>
        <source>The table {table} cannot be read: {reason}</source>
        <translation>无法读取表 {table}：{reason}</translation>
    </message>
    <message>
        <source>a NUL character (code 0), which the server does not store.</source>
        <translation>一个 NUL 字符（代码 0），服务器不存储该字符。</translation>
    </message>
    <message>
        <source>the number {value} is too large for the server.</source>
        <translation>数字 {value} 对服务器来说太大。</translation>
    </message>
    <message>
        <source>Nothing was copied: table {table}, record {record}, column {column}: {problem}</source>
        <translation>未复制任何内容：表 {table}，记录 {record}，列 {column}：{problem}</translation>
    </message>
    <message>
        <source>Nothing was copied: table {table}, record {record}: {problem}</source>
        <translation>未复制任何内容：表 {table}，记录 {record}：{problem}</translation>
    </message>
    <message>
        <source>Nothing was copied: table {table}: {reason}</source>
        <translation>未复制任何内容：表 {table}：{reason}</translation>
    </message>
</context>
<context>
    <name>Undo</name>
    <message>
        <source>“{what}” cannot be undone: the data changed since the delete (a record with the same number or e-mail address exists, or a linked record is gone). Nothing was restored.</source>
        <translation>无法撤销“{what}”：删除之后数据已发生变化（已存在编号或电子邮箱相同的记录，或某条关联记录已不存在）。未恢复任何内容。</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>“{email}” is not a valid e-mail address.</source>
        <translation>“{email}”不是有效的电子邮箱地址。</translation>
    </message>
    <message>
        <source>A German postcode has exactly five digits, not “{postcode}”.</source>
        <translation>德国邮编必须恰好为五位数字，“{postcode}”不符合要求。</translation>
    </message>
    <message>
        <source>“{phone}” does not look like a valid phone number: check the digits, or write it with the country code (e.g. +49 30 1234567).</source>
        <translation>“{phone}”似乎不是有效的电话号码：请检查数字，或加上国家代码书写（例如 +49 30 1234567）。</translation>
    </message>
</context>
<context>
    <name>Welcome</name>
    <message>
        <source>Filling the demo database…</source>
        <translation>正在填充演示数据库…</translation>
    </message>
    <message>
        <source>The demo data is ready; your own database was not changed.</source>
        <translation>演示数据已就绪；您自己的数据库未被更改。</translation>
    </message>
    <message>
        <source>This database is still empty. Start with one of these; everything can be changed later.</source>
        <translation>此数据库还是空的。请从以下任一项开始；以后一切都可以更改。</translation>
    </message>
    <message>
        <source>Welcome to ISA Desk</source>
        <translation>欢迎使用 ISA Desk</translation>
    </message>
    <message>
        <source>New member</source>
        <translation>新建成员</translation>
    </message>
    <message>
        <source>A member city, district or region of the alliance.</source>
        <translation>联盟的成员城市、区县或地区。</translation>
    </message>
    <message>
        <source>New contact</source>
        <translation>新建联系人</translation>
    </message>
    <message>
        <source>A person the office writes to or calls.</source>
        <translation>办公室写信或致电的联系人。</translation>
    </message>
    <message>
        <source>Import a list…</source>
        <translation>导入列表…</translation>
    </message>
    <message>
        <source>Members or contacts from an Excel workbook or CSV file.</source>
        <translation>从 Excel 工作簿或 CSV 文件导入成员或联系人。</translation>
    </message>
    <message>
        <source>Open the demo data</source>
        <translation>打开演示数据</translation>
    </message>
    <message>
        <source>A separate database with the alliance's members and made-up contacts, to try everything out. This database stays as it is.</source>
        <translation>一个单独的数据库，包含联盟成员和虚构的联系人，可用来试用所有功能。当前数据库保持不变。</translation>
    </message>
    <message>
        <source>Where the data lives</source>
        <translation>数据存放位置</translation>
    </message>
    <message>
        <source>Everything you enter is saved in this one file at once. ISA Desk makes a backup of it every day (File › Backups…); File › Open database… opens another one.</source>
        <translation>您输入的所有内容都会立即保存在这个文件中。ISA Desk 每天都会备份它（文件 › 备份…）；文件 › 打开数据库… 可打开另一个数据库。</translation>
    </message>
</context>
</TS>