<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
<context>
    <name>Activities</name>
    <message>
        <source>An activity belongs to a contact, a member or an inquiry.</source>
        <translation>An activity belongs to a contact, a member or an inquiry.</translation>
    </message>
    <message>
        <source>The record for this activity does not exist (any more).</source>
        <translation>The record for this activity does not exist (any more).</translation>
    </message>
    <message>
        <source>Write what happened: a subject or a text.</source>
        <translation>Write what happened: a subject or a text.</translation>
    </message>
</context>
<context>
    <name>Attendance</name>
    <message>
        <source>Nobody on the list of “{event}” has one of the chosen statuses: no attendance list was made.</source>
        <translation>Nobody on the list of “{event}” has one of the chosen statuses: no attendance list was made.</translation>
    </message>
    <message>
        <source>Attendance list: {event}</source>
        <translation>Attendance list: {event}</translation>
    </message>
    <message>
        <source>Attendance list</source>
        <translation>Attendance list</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signature</translation>
    </message>
</context>
<context>
    <name>BackgroundOp</name>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>No such file</source>
        <translation>No such file</translation>
    </message>
    <message>
        <source>the copy does not pass SQLite's check: {problem}</source>
        <translation>the copy does not pass SQLite's check: {problem}</translation>
    </message>
    <message>
        <source>The database {path} does not exist; there is nothing to back up.</source>
        <translation>The database {path} does not exist; there is nothing to back up.</translation>
    </message>
    <message>
        <source>No backup of {path} was made: {reason}. The database itself may be damaged; see {command}</source>
        <translation>No backup of {path} was made: {reason}. The database itself may be damaged; see {command}</translation>
    </message>
    <message>
        <source>No backup of {path} could be made to {target}: {reason}. No file was left.</source>
        <translation>No backup of {path} could be made to {target}: {reason}. No file was left.</translation>
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
        <translation>{source} was not restored ({reason}); {path} was not changed.</translation>
    </message>
    <message>
        <source>{source} is the database itself. Choose a backup to restore.</source>
        <translation>{source} is the database itself. Choose a backup to restore.</translation>
    </message>
    <message>
        <source>There is no file {source} to restore.</source>
        <translation>There is no file {source} to restore.</translation>
    </message>
    <message>
        <source>{source} does not pass SQLite's integrity check ({problem}).</source>
        <translation>{source} does not pass SQLite's integrity check ({problem}).</translation>
    </message>
    <message>
        <source>{source} is not an ISA Desk database (it has no schema revision).</source>
        <translation>{source} is not an ISA Desk database (it has no schema revision).</translation>
    </message>
    <message>
        <source>{source} was written by a newer version of ISA Desk (schema {revision}) and cannot be restored with this one.</source>
        <translation>{source} was written by a newer version of ISA Desk (schema {revision}) and cannot be restored with this one.</translation>
    </message>
    <message>
        <source>{path} is open in another program (another ISA Desk window?). Close it and restore again; nothing was changed.</source>
        <translation>{path} is open in another program (another ISA Desk window?). Close it and restore again; nothing was changed.</translation>
    </message>
    <message>
        <source>dated (rotated)</source>
        <translation>dated (rotated)</translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation>before a restore</translation>
    </message>
    <message>
        <source>damaged database</source>
        <translation>damaged database</translation>
    </message>
    <message>
        <source>kept</source>
        <translation>kept</translation>
    </message>
    <message>
        <source>Backups are made of database files. Back up a server database with the server's own tools.</source>
        <translation>Backups are made of database files. Back up a server database with the server's own tools.</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Backups</translation>
    </message>
    <message>
        <source>Backups of {name} in {folder}. At the first start of each day a backup is made; of the dated backups the newest of each of the last {days} days, {weeks} weeks and {months} months are kept, the others are removed.</source>
        <translation>Backups of {name} in {folder}. At the first start of each day a backup is made; of the dated backups the newest of each of the last {days} days, {weeks} weeks and {months} months are kept, the others are removed.</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Made</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Make a backup now</source>
        <translation>Make a backup now</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation>Restore…</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Open folder</translation>
    </message>
    <message>
        <source>Backing up {name}…</source>
        <translation>Backing up {name}…</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Restore a backup</translation>
    </message>
    <message>
        <source>Replace the current data with the backup of {when}? The current data is backed up first.</source>
        <translation>Replace the current data with the backup of {when}? The current data is backed up first.</translation>
    </message>
    <message>
        <source>Daily backup made: {name}</source>
        <translation>Daily backup made: {name}</translation>
    </message>
    <message>
        <source>The daily backup failed: {reason}</source>
        <translation>The daily backup failed: {reason}</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>Cannot open the database</translation>
    </message>
    <message>
        <source>The database does not exist</source>
        <translation>The database does not exist</translation>
    </message>
    <message>
        <source>Create a new, empty database at {path}?</source>
        <translation>Create a new, empty database at {path}?</translation>
    </message>
    <message>
        <source>There is no file of that name. If you meant an existing database, choose it.</source>
        <translation>There is no file of that name. If you meant an existing database, choose it.</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Create</translation>
    </message>
    <message>
        <source>Choose another…</source>
        <translation>Choose another…</translation>
    </message>
    <message>
        <source>The database is damaged</source>
        <translation>The database is damaged</translation>
    </message>
    <message>
        <source>{name} is damaged. It was not changed, and ISA Desk does not work with it.</source>
        <translation>{name} is damaged. It was not changed, and ISA Desk does not work with it.</translation>
    </message>
    <message>
        <source>The last good backup is {backup}. Restoring it replaces the damaged data; the damaged file is kept in the backups folder.</source>
        <translation>The last good backup is {backup}. Restoring it replaces the damaged data; the damaged file is kept in the backups folder.</translation>
    </message>
    <message>
        <source>There is no backup of it in the backups folder.</source>
        <translation>There is no backup of it in the backups folder.</translation>
    </message>
    <message>
        <source>Restore the last backup</source>
        <translation>Restore the last backup</translation>
    </message>
    <message>
        <source>Open another database…</source>
        <translation>Open another database…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>Open database</translation>
    </message>
    <message>
        <source>ISA Desk databases ({patterns});;All files (*)</source>
        <translation>ISA Desk databases ({patterns});;All files (*)</translation>
    </message>
    <message>
        <source>Restoring {name}…</source>
        <translation>Restoring {name}…</translation>
    </message>
    <message>
        <source>Restored {backup}; the replaced data was backed up to {kept}.</source>
        <translation>Restored {backup}; the replaced data was backed up to {kept}.</translation>
    </message>
</context>
<context>
    <name>Badges</name>
    <message>
        <source>Nobody on the list of “{event}” has one of the chosen statuses: no badges were made.</source>
        <translation>Nobody on the list of “{event}” has one of the chosen statuses: no badges were made.</translation>
    </message>
    <message>
        <source>Name badges: {event}</source>
        <translation>Name badges: {event}</translation>
    </message>
</context>
<context>
    <name>Check</name>
    <message>
        <source>Integrity</source>
        <translation>Integrity</translation>
    </message>
    <message>
        <source>Foreign keys</source>
        <translation>Foreign keys</translation>
    </message>
    <message>
        <source>Schema revision</source>
        <translation>Schema revision</translation>
    </message>
    <message>
        <source>Search index</source>
        <translation>Search index</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>… and {count} more</source>
        <translation>… and {count} more</translation>
    </message>
    <message>
        <source>{table} row {row} refers to a missing {parent}</source>
        <translation>{table} row {row} refers to a missing {parent}</translation>
    </message>
    <message>
        <source>none: this is not an ISA Desk database</source>
        <translation>none: this is not an ISA Desk database</translation>
    </message>
    <message>
        <source>{revision} (current)</source>
        <translation>{revision} (current)</translation>
    </message>
    <message>
        <source>{revision} (upgraded to {head} at the next start)</source>
        <translation>{revision} (upgraded to {head} at the next start)</translation>
    </message>
    <message>
        <source>{revision} is of a newer version of ISA Desk</source>
        <translation>{revision} is of a newer version of ISA Desk</translation>
    </message>
    <message>
        <source>missing; it is made again when the database is opened</source>
        <translation>missing; it is made again when the database is opened</translation>
    </message>
    <message>
        <source>the contacts' search index does not match the contacts; rebuild it with {command}</source>
        <translation>the contacts' search index does not match the contacts; rebuild it with {command}</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>See {command}.</source>
        <translation>See {command}.</translation>
    </message>
    <message>
        <source>{command}: unknown language {language}: choose de, en or zh.</source>
        <translation>{command}: unknown language {language}: choose de, en or zh.</translation>
    </message>
    <message>
        <source>Contacts, members, inquiries and events of the ISA office. Without a command the window opens.</source>
        <translation>Contacts, members, inquiries and events of the ISA office. Without a command the window opens.</translation>
    </message>
    <message>
        <source>PATH_OR_URL</source>
        <translation>PATH_OR_URL</translation>
    </message>
    <message>
        <source>the database file or an SQLAlchemy URL (default: $ISA_DESK_DATABASE, then the file in the user data folder)</source>
        <translation>the database file or an SQLAlchemy URL (default: $ISA_DESK_DATABASE, then the file in the user data folder)</translation>
    </message>
    <message>
        <source>language of the program (default: de)</source>
        <translation>language of the program (default: de)</translation>
    </message>
    <message>
        <source>use the separate demo database, filled with demo data on first use</source>
        <translation>use the separate demo database, filled with demo data on first use</translation>
    </message>
    <message>
        <source>COMMAND</source>
        <translation>COMMAND</translation>
    </message>
    <message>
        <source>commands</source>
        <translation>commands</translation>
    </message>
    <message>
        <source>ISA Desk cannot use {path}: {reason}. Choose another folder with ISA_DESK_HOME or a database with --database.</source>
        <translation>ISA Desk cannot use {path}: {reason}. Choose another folder with ISA_DESK_HOME or a database with --database.</translation>
    </message>
    <message>
        <source>The database {path} does not exist. Check the path given with --database or in ISA_DESK_DATABASE, or create it: isa-desk --database {path} init</source>
        <translation>The database {path} does not exist. Check the path given with --database or in ISA_DESK_DATABASE, or create it: isa-desk --database {path} init</translation>
    </message>
    <message>
        <source>The database {target} needs a driver that is not installed ({reason}). Install it, for PostgreSQL: pip install "psycopg[binary]".</source>
        <translation>The database {target} needs a driver that is not installed ({reason}). Install it, for PostgreSQL: pip install "psycopg[binary]".</translation>
    </message>
    <message>
        <source>Members: {count}</source>
        <translation>Members: {count}</translation>
    </message>
    <message>
        <source>Other member records (interested cities, guests, former members): {count}</source>
        <translation>Other member records (interested cities, guests, former members): {count}</translation>
    </message>
    <message>
        <source>Organisations: {count}</source>
        <translation>Organisations: {count}</translation>
    </message>
    <message>
        <source>Contacts: {count}</source>
        <translation>Contacts: {count}</translation>
    </message>
    <message>
        <source>Membership inquiries: {count}</source>
        <translation>Membership inquiries: {count}</translation>
    </message>
    <message>
        <source>Activities: {count}</source>
        <translation>Activities: {count}</translation>
    </message>
    <message>
        <source>Events: {count}</source>
        <translation>Events: {count}</translation>
    </message>
    <message>
        <source>Participants: {count}</source>
        <translation>Participants: {count}</translation>
    </message>
    <message>
        <source>Tags: {count}</source>
        <translation>Tags: {count}</translation>
    </message>
    <message>
        <source>Audit trail entries: {count}</source>
        <translation>Audit trail entries: {count}</translation>
    </message>
    <message>
        <source>fill or refresh the database with the demo data</source>
        <translation>fill or refresh the database with the demo data</translation>
    </message>
    <message>
        <source>Writes the demo data set (the alliance's members, fictional contacts, inquiries and an event) into the database. Running it again refreshes it.</source>
        <translation>Writes the demo data set (the alliance's members, fictional contacts, inquiries and an event) into the database. Running it again refreshes it.</translation>
    </message>
    <message>
        <source>Demo data written to {database}.</source>
        <translation>Demo data written to {database}.</translation>
    </message>
    <message>
        <source>list the events with their participant counts</source>
        <translation>list the events with their participant counts</translation>
    </message>
    <message>
        <source>Lists the events, newest first, with how many people are on the list and how many are in each status. Changes nothing.</source>
        <translation>Lists the events, newest first, with how many people are on the list and how many are in each status. Changes nothing.</translation>
    </message>
    <message>
        <source>print a JSON list of objects (id, title, starts_at, ends_at, place, registration_deadline, total and a count per status)</source>
        <translation>print a JSON list of objects (id, title, starts_at, ends_at, place, registration_deadline, total and a count per status)</translation>
    </message>
    <message>
        <source>name badges of an event as PDF</source>
        <translation>name badges of an event as PDF</translation>
    </message>
    <message>
        <source>Name badges (A6, four on an A4 page): name, name in Chinese characters, organisation and member city of the event's participants.</source>
        <translation>Name badges (A6, four on an A4 page): name, name in Chinese characters, organisation and member city of the event's participants.</translation>
    </message>
    <message>
        <source>the attendance list of an event as PDF</source>
        <translation>the attendance list of an event as PDF</translation>
    </message>
    <message>
        <source>The list to sign on the day: name, organisation and a signature column for the event's participants, with page numbers.</source>
        <translation>The list to sign on the day: name, organisation and a signature column for the event's participants, with page numbers.</translation>
    </message>
    <message>
        <source>TITLE_OR_ID</source>
        <translation>TITLE_OR_ID</translation>
    </message>
    <message>
        <source>the event</source>
        <translation>the event</translation>
    </message>
    <message>
        <source>FILE.pdf</source>
        <translation>FILE.pdf</translation>
    </message>
    <message>
        <source>the PDF file to write</source>
        <translation>the PDF file to write</translation>
    </message>
    <message>
        <source>STATUS,...</source>
        <translation>STATUS,...</translation>
    </message>
    <message>
        <source>participants with these statuses (default: registered,attended; all: every status)</source>
        <translation>participants with these statuses (default: registered,attended; all: every status)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>No events.</source>
        <translation>No events.</translation>
    </message>
    <message>
        <source>Unknown participant status in --status {status}: use {choices} or all.</source>
        <translation>Unknown participant status in --status {status}: use {choices} or all.</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist.</source>
        <translation>The folder {folder} does not exist.</translation>
    </message>
    <message numerus="yes">
        <source>%n pages</source>
        <translation><numerusform>%n page</numerusform><numerusform>%n pages</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n name badges on {pages} written to {path}.</source>
        <translation><numerusform>%n name badge on {pages} written to {path}.</numerusform><numerusform>%n name badges on {pages} written to {path}.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Attendance list of %n people on {pages} written to {path}.</source>
        <translation><numerusform>Attendance list of %n person on {pages} written to {path}.</numerusform><numerusform>Attendance list of %n people on {pages} written to {path}.</numerusform></translation>
    </message>
    <message>
        <source>export a list as an Excel workbook, contacts also as vCards or for Outlook</source>
        <translation>export a list as an Excel workbook, contacts also as vCards or for Outlook</translation>
    </message>
    <message>
        <source>Writes members, organisations, contacts, membership inquiries or an event's participants into an Excel workbook (.xlsx), with headers in the program's language and an ID column for a later re-import. Contacts can also be written as vCards (FILE.vcf, or a folder for one file per contact) and as Outlook's CSV file (FILE.csv --format outlook).</source>
        <translation>Writes members, organisations, contacts, membership inquiries or an event's participants into an Excel workbook (.xlsx), with headers in the program's language and an ID column for a later re-import. Contacts can also be written as vCards (FILE.vcf, or a folder for one file per contact) and as Outlook's CSV file (FILE.csv --format outlook).</translation>
    </message>
    <message>
        <source>LIST</source>
        <translation>LIST</translation>
    </message>
    <message>
        <source>FILE.xlsx</source>
        <translation>FILE.xlsx</translation>
    </message>
    <message>
        <source>only this country (code or name)</source>
        <translation>only this country (code or name)</translation>
    </message>
    <message>
        <source>only this status (members, inquiries, participants)</source>
        <translation>only this status (members, inquiries, participants)</translation>
    </message>
    <message>
        <source>only records with this tag</source>
        <translation>only records with this tag</translation>
    </message>
    <message>
        <source>the event whose participants to export</source>
        <translation>the event whose participants to export</translation>
    </message>
    <message>
        <source>xlsx, vcard (contacts as vCards: FILE.vcf, or a folder for one file per contact) or outlook (contacts as Outlook's CSV file: FILE.csv); default: found from the file name</source>
        <translation>xlsx, vcard (contacts as vCards: FILE.vcf, or a folder for one file per contact) or outlook (contacts as Outlook's CSV file: FILE.csv); default: found from the file name</translation>
    </message>
    <message>
        <source>the vCard version: 3.0 (default, read by Outlook and Thunderbird) or 4.0</source>
        <translation>the vCard version: 3.0 (default, read by Outlook and Thunderbird) or 4.0</translation>
    </message>
    <message>
        <source>the language of Outlook's column names: de (default) or en, as Outlook runs</source>
        <translation>the language of Outlook's column names: de (default) or en, as Outlook runs</translation>
    </message>
    <message>
        <source>--status does not apply to {list}.</source>
        <translation>--status does not apply to {list}.</translation>
    </message>
    <message>
        <source>Unknown status “{status}”: choose one of {choices}.</source>
        <translation>Unknown status “{status}”: choose one of {choices}.</translation>
    </message>
    <message>
        <source>“{country}” is not a country ISA Desk knows.</source>
        <translation>“{country}” is not a country ISA Desk knows.</translation>
    </message>
    <message>
        <source>{file}: a CSV file is written in Outlook's layout: add --format outlook.</source>
        <translation>{file}: a CSV file is written in Outlook's layout: add --format outlook.</translation>
    </message>
    <message>
        <source>--format {format} is for contacts only.</source>
        <translation>--format {format} is for contacts only.</translation>
    </message>
    <message>
        <source>{file}: the file name must end in .xlsx.</source>
        <translation>{file}: the file name must end in .xlsx.</translation>
    </message>
    <message>
        <source>{file}: with --format {format} the file name must end in {suffix}.</source>
        <translation>{file}: with --format {format} the file name must end in {suffix}.</translation>
    </message>
    <message>
        <source>Name the event with --event TITLE or --event ID.</source>
        <translation>Name the event with --event TITLE or --event ID.</translation>
    </message>
    <message numerus="yes">
        <source>%n rows of {list} written to {file}.</source>
        <translation><numerusform>%n row of {list} written to {file}.</numerusform><numerusform>%n rows of {list} written to {file}.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n contacts written to {file} for Outlook.</source>
        <translation><numerusform>%n contact written to {file} for Outlook.</numerusform><numerusform>%n contacts written to {file} for Outlook.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n contacts written to {file}, one vCard {version} file each.</source>
        <translation><numerusform>%n contact written to {file}, one vCard {version} file.</numerusform><numerusform>%n contacts written to {file}, one vCard {version} file each.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n contacts written to {file} as vCard {version}.</source>
        <translation><numerusform>%n contact written to {file} as vCard {version}.</numerusform><numerusform>%n contacts written to {file} as vCard {version}.</numerusform></translation>
    </message>
    <message>
        <source>make a checked copy of the database file</source>
        <translation>make a checked copy of the database file</translation>
    </message>
    <message>
        <source>Copies the database with SQLite's backup API (also while the window has it open), checks the copy and only then gives it its name. Without FILE the copy goes to the backups folder beside the database.</source>
        <translation>Copies the database with SQLite's backup API (also while the window has it open), checks the copy and only then gives it its name. Without FILE the copy goes to the backups folder beside the database.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>{target} is not a database file: backups, restores and checks are for SQLite files. Back up a server database with the server's own tools.</source>
        <translation>{target} is not a database file: backups, restores and checks are for SQLite files. Back up a server database with the server's own tools.</translation>
    </message>
    <message>
        <source>Backup of {database} written to {path} ({size})</source>
        <translation>Backup of {database} written to {path} ({size})</translation>
    </message>
    <message>
        <source>import contacts or members from a workbook, CSV or vCard file</source>
        <translation>import contacts or members from a workbook, CSV or vCard file</translation>
    </message>
    <message>
        <source>Reads contacts or members from an Excel workbook (.xlsx, .xls), an OpenDocument spreadsheet (.ods) or a CSV file, or contacts from a vCard file (.vcf, one or many cards), checks every row and writes them in one step that can be undone in the window. With any error nothing is written, unless --skip-invalid is given. Exit codes: 0 done, 1 rows failed validation (nothing written), 2 the file cannot be read or no column is recognised.</source>
        <translation>Reads contacts or members from an Excel workbook (.xlsx, .xls), an OpenDocument spreadsheet (.ods) or a CSV file, or contacts from a vCard file (.vcf, one or many cards), checks every row and writes them in one step that can be undone in the window. With any error nothing is written, unless --skip-invalid is given. Exit codes: 0 done, 1 rows failed validation (nothing written), 2 the file cannot be read or no column is recognised.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>the sheet to read (default: the first)</source>
        <translation>the sheet to read (default: the first)</translation>
    </message>
    <message>
        <source>ENCODING</source>
        <translation>ENCODING</translation>
    </message>
    <message>
        <source>the encoding of a CSV file: utf-8, utf-16-le, utf-16-be, cp1252, gb18030 (also for GBK), big5, or utf-8+cp1252 for lines in either (default: found from the file)</source>
        <translation>the encoding of a CSV file: utf-8, utf-16-le, utf-16-be, cp1252, gb18030 (also for GBK), big5, or utf-8+cp1252 for lines in either (default: found from the file)</translation>
    </message>
    <message>
        <source>SEPARATOR</source>
        <translation>SEPARATOR</translation>
    </message>
    <message>
        <source>the separator of a CSV file: semicolon, comma, tab or pipe, or the character itself (default: found from the file)</source>
        <translation>the separator of a CSV file: semicolon, comma, tab or pipe, or the character itself (default: found from the file)</translation>
    </message>
    <message>
        <source>check and count only, write nothing</source>
        <translation>check and count only, write nothing</translation>
    </message>
    <message>
        <source>import the valid rows even if others have errors</source>
        <translation>import the valid rows even if others have errors</translation>
    </message>
    <message>
        <source>what to do with a row that matches an existing record: skip it (default), update the record, or fill only its empty fields</source>
        <translation>what to do with a row that matches an existing record: skip it (default), update the record, or fill only its empty fields</translation>
    </message>
    <message>
        <source>a column mapping saved in the window</source>
        <translation>a column mapping saved in the window</translation>
    </message>
    <message>
        <source>save the rows with errors, with their messages, as a workbook</source>
        <translation>save the rows with errors, with their messages, as a workbook</translation>
    </message>
    <message>
        <source>print the result as JSON</source>
        <translation>print the result as JSON</translation>
    </message>
    <message>
        <source>unknown encoding “{name}” (choose one of: {choices})</source>
        <translation>unknown encoding “{name}” (choose one of: {choices})</translation>
    </message>
    <message>
        <source>unknown separator “{name}” (choose semicolon, comma, tab or pipe)</source>
        <translation>unknown separator “{name}” (choose semicolon, comma, tab or pipe)</translation>
    </message>
    <message>
        <source>{file}: nothing was imported, {count} rows have errors. Correct them, or import the valid rows with --skip-invalid.</source>
        <translation>{file}: nothing was imported, {count} rows have errors. Correct them, or import the valid rows with --skip-invalid.</translation>
    </message>
    <message>
        <source>{file}: {created} created, {updated} updated, {skipped} skipped, {duplicates} duplicates.</source>
        <translation>{file}: {created} created, {updated} updated, {skipped} skipped, {duplicates} duplicates.</translation>
    </message>
    <message>
        <source>Dry run: nothing was written.</source>
        <translation>Dry run: nothing was written.</translation>
    </message>
    <message>
        <source>New organisations: {names}</source>
        <translation>New organisations: {names}</translation>
    </message>
    <message>
        <source>show the database location, schema revision and counts</source>
        <translation>show the database location, schema revision and counts</translation>
    </message>
    <message>
        <source>Shows where the database is, its schema revision and how many records of each kind it holds. Changes nothing.</source>
        <translation>Shows where the database is, its schema revision and how many records of each kind it holds. Changes nothing.</translation>
    </message>
    <message>
        <source>Database: {database}</source>
        <translation>Database: {database}</translation>
    </message>
    <message>
        <source>Schema revision: {revision} (current)</source>
        <translation>Schema revision: {revision} (current)</translation>
    </message>
    <message>
        <source>Schema revision: {revision} (this program: {head})</source>
        <translation>Schema revision: {revision} (this program: {head})</translation>
    </message>
    <message>
        <source>list the membership inquiries and what is due</source>
        <translation>list the membership inquiries and what is due</translation>
    </message>
    <message>
        <source>Lists the membership inquiries with their status, contact person, next follow-up and days open. Changes nothing.</source>
        <translation>Lists the membership inquiries with their status, contact person, next follow-up and days open. Changes nothing.</translation>
    </message>
    <message>
        <source>only inquiries in this status: {choices}</source>
        <translation>only inquiries in this status: {choices}</translation>
    </message>
    <message>
        <source>only open inquiries whose follow-up is today or earlier</source>
        <translation>only open inquiries whose follow-up is today or earlier</translation>
    </message>
    <message>
        <source>print a JSON list of objects (id, city, status, contact, next_follow_up, days_open)</source>
        <translation>print a JSON list of objects (id, city, status, contact, next_follow_up, days_open)</translation>
    </message>
    <message>
        <source>(overdue)</source>
        <translation>(overdue)</translation>
    </message>
    <message>
        <source>(today)</source>
        <translation>(today)</translation>
    </message>
    <message>
        <source>City</source>
        <translation>City</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Contact person</translation>
    </message>
    <message>
        <source>Next follow-up</source>
        <translation>Next follow-up</translation>
    </message>
    <message>
        <source>Days open</source>
        <translation>Days open</translation>
    </message>
    <message>
        <source>Nothing is due.</source>
        <translation>Nothing is due.</translation>
    </message>
    <message>
        <source>No inquiries.</source>
        <translation>No inquiries.</translation>
    </message>
    <message>
        <source>Due or overdue: {count}</source>
        <translation>Due or overdue: {count}</translation>
    </message>
    <message>
        <source>make mail-merge letters as PDF</source>
        <translation>make mail-merge letters as PDF</translation>
    </message>
    <message>
        <source>KEY</source>
        <translation>KEY</translation>
    </message>
    <message>
        <source>the template (see isa-desk templates)</source>
        <translation>the template (see isa-desk templates)</translation>
    </message>
    <message>
        <source>all letters in one PDF, for printing</source>
        <translation>all letters in one PDF, for printing</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <source>one PDF per recipient in this folder, named family name_given name.pdf</source>
        <translation>one PDF per recipient in this folder, named family name_given name.pdf</translation>
    </message>
    <message>
        <source>address labels, A4 sheets of 3 × 8 labels of 70 × 37 mm</source>
        <translation>address labels, A4 sheets of 3 × 8 labels of 70 × 37 mm</translation>
    </message>
    <message>
        <source>contacts with this tag</source>
        <translation>contacts with this tag</translation>
    </message>
    <message>
        <source>the event for the merge fields; its participants are recipients</source>
        <translation>the event for the merge fields; its participants are recipients</translation>
    </message>
    <message>
        <source>participants with these statuses (default: invited,registered; all: every status)</source>
        <translation>participants with these statuses (default: invited,registered; all: every status)</translation>
    </message>
    <message>
        <source>NAME_OR_ID</source>
        <translation>NAME_OR_ID</translation>
    </message>
    <message>
        <source>the contacts of this member</source>
        <translation>the contacts of this member</translation>
    </message>
    <message>
        <source>these contacts</source>
        <translation>these contacts</translation>
    </message>
    <message>
        <source>every contact</source>
        <translation>every contact</translation>
    </message>
    <message>
        <source>No letter made: every recipient was skipped.</source>
        <translation>No letter made: every recipient was skipped.</translation>
    </message>
    <message>
        <source>DIN 5008 form (default: the sender's setting, B)</source>
        <translation>DIN 5008 form (default: the sender's setting, B)</translation>
    </message>
    <message>
        <source>Merges a letter template for the chosen recipients into DIN 5008 letters (PDF). The selections add up; contacts without postal address, marked "no post", inactive or without consent to the purpose are skipped and listed. Exit codes: 0 done, 1 template error (nothing made), 2 unusable arguments.</source>
        <translation>Merges a letter template for the chosen recipients into DIN 5008 letters (PDF). The selections add up; contacts without postal address, marked "no post", inactive or without consent to the purpose are skipped and listed. Exit codes: 0 done, 1 template error (nothing made), 2 unusable arguments.</translation>
    </message>
    <message>
        <source>the letters' date (default: today)</source>
        <translation>the letters' date (default: today)</translation>
    </message>
    <message>
        <source>what the run is for: contacts without consent in force for it are skipped and listed; none for correspondence, which needs no consent (default: invitations with --event, else none)</source>
        <translation>what the run is for: contacts without consent in force for it are skipped and listed; none for correspondence, which needs no consent (default: invitations with --event, else none)</translation>
    </message>
    <message>
        <source>write each recipient in their preferred language: with the template given for it (--template-de, --template-en, --template-zh), else the built-in one of the same family as --template, else --template</source>
        <translation>write each recipient in their preferred language: with the template given for it (--template-de, --template-en, --template-zh), else the built-in one of the same family as --template, else --template</translation>
    </message>
    <message>
        <source>the template for recipients who read German (sets --per-language)</source>
        <translation>the template for recipients who read German (sets --per-language)</translation>
    </message>
    <message>
        <source>the template for recipients who read English (sets --per-language)</source>
        <translation>the template for recipients who read English (sets --per-language)</translation>
    </message>
    <message>
        <source>the template for recipients who read Chinese (sets --per-language)</source>
        <translation>the template for recipients who read Chinese (sets --per-language)</translation>
    </message>
    <message>
        <source>addresses in China in Chinese order, from 中国 to the recipient (… 收), in characters where the records have them</source>
        <translation>addresses in China in Chinese order, from 中国 to the recipient (… 收), in characters where the records have them</translation>
    </message>
    <message>
        <source>Say where the letters go: --out, --split or --labels.</source>
        <translation>Say where the letters go: --out, --split or --labels.</translation>
    </message>
    <message>
        <source>Choose recipients: --tag, --event, --member, --contact or --all.</source>
        <translation>Choose recipients: --tag, --event, --member, --contact or --all.</translation>
    </message>
    <message numerus="yes">
        <source>%n letters, {pages}.</source>
        <translation><numerusform>%n letter, {pages}.</numerusform><numerusform>%n letters, {pages}.</numerusform></translation>
    </message>
    <message>
        <source>Written: {path}</source>
        <translation>Written: {path}</translation>
    </message>
    <message>
        <source>One PDF per recipient in: {folder}</source>
        <translation>One PDF per recipient in: {folder}</translation>
    </message>
    <message>
        <source>Skipped ({count}):</source>
        <translation>Skipped ({count}):</translation>
    </message>
    <message>
        <source>list the letter templates</source>
        <translation>list the letter templates</translation>
    </message>
    <message>
        <source>Lists the keys of the letter templates (for isa-desk letters --template), with language and name.</source>
        <translation>Lists the keys of the letter templates (for isa-desk letters --template), with language and name.</translation>
    </message>
    <message>
        <source>* written by the office</source>
        <translation>* written by the office</translation>
    </message>
    <message>
        <source>create an empty database</source>
        <translation>create an empty database</translation>
    </message>
    <message>
        <source>Creates an empty database at the place given with --database (or in ISA_DESK_DATABASE, else in the user data folder). An existing file is left alone. For a server URL the tables are made in the existing database.</source>
        <translation>Creates an empty database at the place given with --database (or in ISA_DESK_DATABASE, else in the user data folder). An existing file is left alone. For a server URL the tables are made in the existing database.</translation>
    </message>
    <message>
        <source>{path} exists already; nothing was changed.</source>
        <translation>{path} exists already; nothing was changed.</translation>
    </message>
    <message>
        <source>Empty database created: {database}</source>
        <translation>Empty database created: {database}</translation>
    </message>
    <message>
        <source>check the database file for damage</source>
        <translation>check the database file for damage</translation>
    </message>
    <message>
        <source>Runs SQLite's integrity check and the foreign key check, looks at the schema revision and compares the contacts' search index with the contacts. Exit code 0: no problems; 1: problems, each on a line of its own.</source>
        <translation>Runs SQLite's integrity check and the foreign key check, looks at the schema revision and compares the contacts' search index with the contacts. Exit code 0: no problems; 1: problems, each on a line of its own.</translation>
    </message>
    <message>
        <source>rebuild the contacts' search index when it does not match</source>
        <translation>rebuild the contacts' search index when it does not match</translation>
    </message>
    <message>
        <source>The database {path} does not exist.</source>
        <translation>The database {path} does not exist.</translation>
    </message>
    <message>
        <source>{path}: problems found ({topics}).</source>
        <translation>{path}: problems found ({topics}).</translation>
    </message>
    <message>
        <source>{path}: no problems found.</source>
        <translation>{path}: no problems found.</translation>
    </message>
    <message>
        <source>The search index was not rebuilt: the database does not pass the integrity check.</source>
        <translation>The search index was not rebuilt: the database does not pass the integrity check.</translation>
    </message>
    <message>
        <source>The search index was rebuilt.</source>
        <translation>The search index was rebuilt.</translation>
    </message>
    <message>
        <source>replace the database with a backup</source>
        <translation>replace the database with a backup</translation>
    </message>
    <message>
        <source>Replaces the database with the backup FILE, after checking it and backing up the current data into the backups folder. Without --yes only says what it would do.</source>
        <translation>Replaces the database with the backup FILE, after checking it and backing up the current data into the backups folder. Without --yes only says what it would do.</translation>
    </message>
    <message>
        <source>replace the database, do not ask</source>
        <translation>replace the database, do not ask</translation>
    </message>
    <message>
        <source>{source} can be restored: it would replace {database}, whose data would be backed up into {folder} first. Run the command again with --yes to do it.</source>
        <translation>{source} can be restored: it would replace {database}, whose data would be backed up into {folder} first. Run the command again with --yes to do it.</translation>
    </message>
    <message>
        <source>{database} now holds the data of {source}.</source>
        <translation>{database} now holds the data of {source}.</translation>
    </message>
    <message>
        <source>The data it held before was backed up to {path}</source>
        <translation>The data it held before was backed up to {path}</translation>
    </message>
    <message>
        <source>send a letter template by e-mail to each recipient</source>
        <translation>send a letter template by e-mail to each recipient</translation>
    </message>
    <message>
        <source>send through this mail server: smtp:// with STARTTLS (port 587), smtps:// with TLS (port 465); the password from the system's password store ("ISA Desk SMTP", USER@HOST) or ISA_DESK_SMTP_PASSWORD</source>
        <translation>send through this mail server: smtp:// with STARTTLS (port 587), smtps:// with TLS (port 465); the password from the system's password store ("ISA Desk SMTP", USER@HOST) or ISA_DESK_SMTP_PASSWORD</translation>
    </message>
    <message>
        <source>write one .eml draft per recipient into this folder, for Outlook</source>
        <translation>write one .eml draft per recipient into this folder, for Outlook</translation>
    </message>
    <message>
        <source>attach each recipient's letter as PDF</source>
        <translation>attach each recipient's letter as PDF</translation>
    </message>
    <message>
        <source>attach these files to every message</source>
        <translation>attach these files to every message</translation>
    </message>
    <message>
        <source>ADDRESS</source>
        <translation>ADDRESS</translation>
    </message>
    <message>
        <source>the sender's address (default: the e-mail address of the letters' sender)</source>
        <translation>the sender's address (default: the e-mail address of the letters' sender)</translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation>SECONDS</translation>
    </message>
    <message>
        <source>seconds to wait between two messages (default: 1)</source>
        <translation>seconds to wait between two messages (default: 1)</translation>
    </message>
    <message>
        <source>send only the first recipient's message to this address, to see it</source>
        <translation>send only the first recipient's message to this address, to see it</translation>
    </message>
    <message>
        <source>list the recipients and subjects; send nothing</source>
        <translation>list the recipients and subjects; send nothing</translation>
    </message>
    <message>
        <source>print JSON</source>
        <translation>print JSON</translation>
    </message>
    <message>
        <source>send what a mailing that stopped has not sent yet (through the server or folder it was started with unless --smtp or --eml is given)</source>
        <translation>send what a mailing that stopped has not sent yet (through the server or folder it was started with unless --smtp or --eml is given)</translation>
    </message>
    <message>
        <source>--pace must not be negative.</source>
        <translation>--pace must not be negative.</translation>
    </message>
    <message>
        <source>Sends a letter template as one e-mail per recipient, merged like their letter and in their language, through a mail server (--smtp) or as .eml drafts for Outlook (--eml). Contacts marked "no e-mails", inactive, without an address or without consent to the purpose are skipped and listed. Nothing is sent twice: a mailing that stopped is continued with --resume, or by the same command again. Exit codes: 0 all accepted, 1 some refused or not yet accepted, 2 unusable arguments or no connection.</source>
        <translation>Sends a letter template as one e-mail per recipient, merged like their letter and in their language, through a mail server (--smtp) or as .eml drafts for Outlook (--eml). Contacts marked "no e-mails", inactive, without an address or without consent to the purpose are skipped and listed. Nothing is sent twice: a mailing that stopped is continued with --resume, or by the same command again. Exit codes: 0 all accepted, 1 some refused or not yet accepted, 2 unusable arguments or no connection.</translation>
    </message>
    <message>
        <source>--resume continues a mailing as it was started: leave out --template, --purpose and the recipients.</source>
        <translation>--resume continues a mailing as it was started: leave out --template, --purpose and the recipients.</translation>
    </message>
    <message>
        <source>Choose the template: --template KEY.</source>
        <translation>Choose the template: --template KEY.</translation>
    </message>
    <message>
        <source>Say where the e-mails go: --smtp smtp[s]://USER@HOST:PORT or --eml DIR.</source>
        <translation>Say where the e-mails go: --smtp smtp[s]://USER@HOST:PORT or --eml DIR.</translation>
    </message>
    <message>
        <source>Continuing the unfinished mailing {id} of the same template to the same recipients: only what it has not sent yet goes out.</source>
        <translation>Continuing the unfinished mailing {id} of the same template to the same recipients: only what it has not sent yet goes out.</translation>
    </message>
    <message>
        <source>Password for {account}: </source>
        <translation>Password for {account}: </translation>
    </message>
    <message>
        <source>No recipient gets an e-mail: nothing to test.</source>
        <translation>No recipient gets an e-mail: nothing to test.</translation>
    </message>
    <message>
        <source>Test message sent to {address}: {answer}</source>
        <translation>Test message sent to {address}: {answer}</translation>
    </message>
    <message>
        <source>The server did not accept the test message: {answer}</source>
        <translation>The server did not accept the test message: {answer}</translation>
    </message>
    <message numerus="yes">
        <source>%n e-mails would be sent:</source>
        <translation><numerusform>%n e-mail would be sent:</numerusform><numerusform>%n e-mails would be sent:</numerusform></translation>
    </message>
    <message>
        <source>Dry run: nothing was sent.</source>
        <translation>Dry run: nothing was sent.</translation>
    </message>
    <message numerus="yes">
        <source>Mailing {id}: %n drafts written to {folder}.</source>
        <translation><numerusform>Mailing {id}: %n draft written to {folder}.</numerusform><numerusform>Mailing {id}: %n drafts written to {folder}.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Mailing {id}: %n e-mails sent.</source>
        <translation><numerusform>Mailing {id}: %n e-mail sent.</numerusform><numerusform>Mailing {id}: %n e-mails sent.</numerusform></translation>
    </message>
    <message>
        <source>Refused ({count}):</source>
        <translation>Refused ({count}):</translation>
    </message>
    <message>
        <source>Not accepted yet ({count}):</source>
        <translation>Not accepted yet ({count}):</translation>
    </message>
    <message>
        <source>Send them later with: isa-desk mail --resume {id}</source>
        <translation>Send them later with: isa-desk mail --resume {id}</translation>
    </message>
    <message>
        <source>copy the whole database into an empty database on a server</source>
        <translation>copy the whole database into an empty database on a server</translation>
    </message>
    <message>
        <source>Copies every record of the database (ids, audit trail, templates, settings) into an empty PostgreSQL database in one transaction, and compares the number of rows of every table before it is committed. The password comes from the URL, the system's password store or ISA_DESK_DB_PASSWORD.</source>
        <translation>Copies every record of the database (ids, audit trail, templates, settings) into an empty PostgreSQL database in one transaction, and compares the number of rows of every table before it is committed. The password comes from the URL, the system's password store or ISA_DESK_DB_PASSWORD.</translation>
    </message>
    <message>
        <source>the empty database, e.g. postgresql+psycopg://USER@SERVER/isa</source>
        <translation>the empty database, e.g. postgresql+psycopg://USER@SERVER/isa</translation>
    </message>
    <message>
        <source>Copied from {source} to {target}:</source>
        <translation>Copied from {source} to {target}:</translation>
    </message>
    <message>
        <source>Verified: every table on the server holds as many rows as here ({total} in all).</source>
        <translation>Verified: every table on the server holds as many rows as here ({total} in all).</translation>
    </message>
    <message>
        <source>export or erase one person's data (GDPR)</source>
        <translation>export or erase one person's data (GDPR)</translation>
    </message>
    <message>
        <source>What the GDPR asks for one person: all their data as a file (Art. 15), or their data erased for good (Art. 17).</source>
        <translation>What the GDPR asks for one person: all their data as a file (Art. 15), or their data erased for good (Art. 17).</translation>
    </message>
    <message>
        <source>write everything kept about a contact to a JSON or PDF file</source>
        <translation>write everything kept about a contact to a JSON or PDF file</translation>
    </message>
    <message>
        <source>erase a contact for good, with their history</source>
        <translation>erase a contact for good, with their history</translation>
    </message>
    <message>
        <source>Removes the contact and everything about them: activities, participations, consents, the name and address in mailings, imports, and their values in the history. Then compacts the database so the values are gone from its files. This cannot be undone. Without --yes, only shows what would be erased.</source>
        <translation>Removes the contact and everything about them: activities, participations, consents, the name and address in mailings, imports, and their values in the history. Then compacts the database so the values are gone from its files. This cannot be undone. Without --yes, only shows what would be erased.</translation>
    </message>
    <message>
        <source>erase without asking again</source>
        <translation>erase without asking again</translation>
    </message>
    <message>
        <source>The data of contact {id} was written to {path}</source>
        <translation>The data of contact {id} was written to {path}</translation>
    </message>
    <message>
        <source>Erasing {name} (contact {id}) for good would remove:</source>
        <translation>Erasing {name} (contact {id}) for good would remove:</translation>
    </message>
    <message>
        <source>Nothing was erased. This cannot be undone: add --yes to erase.</source>
        <translation>Nothing was erased. This cannot be undone: add --yes to erase.</translation>
    </message>
    <message>
        <source>Contact {id} was erased for good:</source>
        <translation>Contact {id} was erased for good:</translation>
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
        <translation>Gender</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Given name</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Family name</translation>
    </message>
    <message>
        <source>Chinese name</source>
        <translation>Chinese name</translation>
    </message>
    <message>
        <source>Name order</source>
        <translation>Name order</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Member</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <source>Fax</source>
        <translation>Fax</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Street</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <source>Town</source>
        <translation>Town</translation>
    </message>
    <message>
        <source>State/province</source>
        <translation>State/province</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Country</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Salutation in letters</source>
        <translation>Salutation in letters</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>No post</source>
        <translation>No post</translation>
    </message>
    <message>
        <source>No e-mail</source>
        <translation>No e-mail</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Newsletter consent given on</source>
        <translation>Newsletter consent given on</translation>
    </message>
    <message>
        <source>Newsletter consent source</source>
        <translation>Newsletter consent source</translation>
    </message>
    <message>
        <source>Newsletter consent withdrawn on</source>
        <translation>Newsletter consent withdrawn on</translation>
    </message>
    <message>
        <source>Invitations consent given on</source>
        <translation>Invitations consent given on</translation>
    </message>
    <message>
        <source>Invitations consent source</source>
        <translation>Invitations consent source</translation>
    </message>
    <message>
        <source>Invitations consent withdrawn on</source>
        <translation>Invitations consent withdrawn on</translation>
    </message>
    <message>
        <source>Press list consent given on</source>
        <translation>Press list consent given on</translation>
    </message>
    <message>
        <source>Press list consent source</source>
        <translation>Press list consent source</translation>
    </message>
    <message>
        <source>Press list consent withdrawn on</source>
        <translation>Press list consent withdrawn on</translation>
    </message>
    <message>
        <source>Secretariat sharing consent given on</source>
        <translation>Secretariat sharing consent given on</translation>
    </message>
    <message>
        <source>Secretariat sharing consent source</source>
        <translation>Secretariat sharing consent source</translation>
    </message>
    <message>
        <source>Secretariat sharing consent withdrawn on</source>
        <translation>Secretariat sharing consent withdrawn on</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Member since</source>
        <translation>Member since</translation>
    </message>
    <message>
        <source>Left on</source>
        <translation>Left on</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Places</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>Advisory board</source>
        <translation>Advisory board</translation>
    </message>
    <message>
        <source>Interested city</source>
        <translation>Interested city</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Contact person</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>Received on</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>Assigned to</translation>
    </message>
    <message>
        <source>Next follow-up</source>
        <translation>Next follow-up</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>Closed on</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>Participation</source>
        <translation>Participation</translation>
    </message>
    <message>
        <source>Invited on</source>
        <translation>Invited on</translation>
    </message>
    <message>
        <source>Registered on</source>
        <translation>Registered on</translation>
    </message>
    <message>
        <source>Accompanying persons</source>
        <translation>Accompanying persons</translation>
    </message>
    <message>
        <source>Interpreting language</source>
        <translation>Interpreting language</translation>
    </message>
    <message>
        <source>Participation notes</source>
        <translation>Participation notes</translation>
    </message>
    <message>
        <source>Salutation</source>
        <translation>Salutation</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Event</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Begins</source>
        <translation>Begins</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Ends</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Registration deadline</source>
        <translation>Registration deadline</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <source>Given on</source>
        <translation>Given on</translation>
    </message>
    <message>
        <source>How given</source>
        <translation>How given</translation>
    </message>
    <message>
        <source>Withdrawn on</source>
        <translation>Withdrawn on</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Author</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Inquiry</source>
        <translation>Inquiry</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Key</translation>
    </message>
    <message>
        <source>Closing</source>
        <translation>Closing</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>Signed by</translation>
    </message>
    <message>
        <source>Signer's position</source>
        <translation>Signer's position</translation>
    </message>
    <message>
        <source>Built in</source>
        <translation>Built in</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Setting</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>List</source>
        <translation>List</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Columns</translation>
    </message>
    <message>
        <source>Other contact</source>
        <translation>Other contact</translation>
    </message>
    <message>
        <source>Decided at</source>
        <translation>Decided at</translation>
    </message>
    <message>
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Order</translation>
    </message>
    <message>
        <source>Registration until</source>
        <translation>Registration until</translation>
    </message>
    <message>
        <source>Invited</source>
        <translation>Invited</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Registered</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Declined</translation>
    </message>
    <message>
        <source>No answer yet</source>
        <translation>No answer yet</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>Attended</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>No-show</translation>
    </message>
    <message>
        <source>City</source>
        <translation>City</translation>
    </message>
    <message>
        <source>Days open</source>
        <translation>Days open</translation>
    </message>
    <message>
        <source>Accompanying</source>
        <translation>Accompanying</translation>
    </message>
    <message>
        <source>Interpreting</source>
        <translation>Interpreting</translation>
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
        <translation>Changed by someone else</translation>
    </message>
    <message>
        <source>“{name}” was saved by someone else while you were editing it.</source>
        <translation>“{name}” was saved by someone else while you were editing it.</translation>
    </message>
    <message>
        <source>“Save my changes” writes only the fields you changed over the newer version; every other field keeps the value saved meanwhile. Where both of you changed a field (marked), choose whose value to keep.</source>
        <translation>“Save my changes” writes only the fields you changed over the newer version; every other field keeps the value saved meanwhile. Where both of you changed a field (marked), choose whose value to keep.</translation>
    </message>
    <message>
        <source>Save my changes</source>
        <translation>Save my changes</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>When you opened it</source>
        <translation>When you opened it</translation>
    </message>
    <message>
        <source>Your value</source>
        <translation>Your value</translation>
    </message>
    <message>
        <source>Saved meanwhile</source>
        <translation>Saved meanwhile</translation>
    </message>
    <message>
        <source>Changed by</source>
        <translation>Changed by</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Keep</translation>
    </message>
    <message>
        <source>Both of you changed this field.</source>
        <translation>Both of you changed this field.</translation>
    </message>
    <message>
        <source>Same change</source>
        <translation>Same change</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Mine</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>Theirs</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(empty)</translation>
    </message>
</context>
<context>
    <name>ContactEditor</name>
    <message>
        <source>Gender</source>
        <translation>Gender</translation>
    </message>
    <message>
        <source>Academic title</source>
        <translation>Academic title</translation>
    </message>
    <message>
        <source>Office or position</source>
        <translation>Office or position</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Given name</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Family name</translation>
    </message>
    <message>
        <source>Enter a family name or choose an organisation.</source>
        <translation>Enter a family name or choose an organisation.</translation>
    </message>
    <message>
        <source>Name order</source>
        <translation>Name order</translation>
    </message>
    <message>
        <source>Name in Chinese characters</source>
        <translation>Name in Chinese characters</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Member</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <source>Fax</source>
        <translation>Fax</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Street</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <source>Town</source>
        <translation>Town</translation>
    </message>
    <message>
        <source>State or province</source>
        <translation>State or province</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Country</translation>
    </message>
    <message>
        <source>Preferred language</source>
        <translation>Preferred language</translation>
    </message>
    <message>
        <source>Own salutation</source>
        <translation>Own salutation</translation>
    </message>
    <message>
        <source>e.g. Lieber Herr Berg,</source>
        <translation>e.g. Lieber Herr Berg,</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>No post</source>
        <translation>No post</translation>
    </message>
    <message>
        <source>No e-mail</source>
        <translation>No e-mail</translation>
    </message>
    <message>
        <source>{purpose}: consent given on</source>
        <translation>{purpose}: consent given on</translation>
    </message>
    <message>
        <source>{purpose}: consent source</source>
        <translation>{purpose}: consent source</translation>
    </message>
    <message>
        <source>e.g. registration form</source>
        <translation>e.g. registration form</translation>
    </message>
    <message>
        <source>{purpose}: consent withdrawn on</source>
        <translation>{purpose}: consent withdrawn on</translation>
    </message>
    <message>
        <source>Given on</source>
        <translation>Given on</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Withdrawn on</source>
        <translation>Withdrawn on</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Now</translation>
    </message>
    <message>
        <source>A consent is in force from the day it was given until the day it is withdrawn.</source>
        <translation>A consent is in force from the day it was given until the day it is withdrawn.</translation>
    </message>
    <message>
        <source>In force</source>
        <translation>In force</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Withdrawn</translation>
    </message>
    <message>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consent</translation>
    </message>
    <message>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <source>What letters will say, by the rules or your own salutation</source>
        <translation>What letters will say, by the rules or your own salutation</translation>
    </message>
    <message>
        <source>Salutation in letters</source>
        <translation>Salutation in letters</translation>
    </message>
    <message>
        <source>Postcode, town</source>
        <translation>Postcode, town</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>E-mail and phone</source>
        <translation>E-mail and phone</translation>
    </message>
    <message>
        <source>Postal address</source>
        <translation>Postal address</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Open this record</source>
        <translation>Open this record</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Author</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Choose an entry to read it in full.</source>
        <translation>Choose an entry to read it in full.</translation>
    </message>
    <message>
        <source>Write e-mail</source>
        <translation>Write e-mail</translation>
    </message>
    <message>
        <source>Copy address</source>
        <translation>Copy address</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>Privacy</translation>
    </message>
    <message>
        <source>Export personal data…</source>
        <translation>Export personal data…</translation>
    </message>
    <message>
        <source>Erase for good…</source>
        <translation>Erase for good…</translation>
    </message>
    <message>
        <source>History ({count})</source>
        <translation>History ({count})</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>New contact</source>
        <translation>New contact</translation>
    </message>
    <message>
        <source>inactive</source>
        <translation>inactive</translation>
    </message>
    <message>
        <source>Consent ({count})</source>
        <translation>Consent ({count})</translation>
    </message>
    <message>
        <source>This contact does not want e-mails.</source>
        <translation>This contact does not want e-mails.</translation>
    </message>
    <message>
        <source>Address copied to the clipboard.</source>
        <translation>Address copied to the clipboard.</translation>
    </message>
</context>
<context>
    <name>Contacts</name>
    <message>
        <source>A contact cannot be merged with itself.</source>
        <translation>A contact cannot be merged with itself.</translation>
    </message>
    <message>
        <source>One of the two contacts does not exist (any more).</source>
        <translation>One of the two contacts does not exist (any more).</translation>
    </message>
    <message>
        <source>The contact {id} does not exist (any more).</source>
        <translation>The contact {id} does not exist (any more).</translation>
    </message>
    <message>
        <source>The e-mail address {email} already belongs to {name} (contact {id}).</source>
        <translation>The e-mail address {email} already belongs to {name} (contact {id}).</translation>
    </message>
    <message>
        <source>The chosen organisation does not exist (any more).</source>
        <translation>The chosen organisation does not exist (any more).</translation>
    </message>
    <message>
        <source>The chosen member does not exist (any more).</source>
        <translation>The chosen member does not exist (any more).</translation>
    </message>
    <message>
        <source>Enter a family name or choose an organisation.</source>
        <translation>Enter a family name or choose an organisation.</translation>
    </message>
    <message>
        <source>“{country}” is not a country ISA Desk knows.</source>
        <translation>“{country}” is not a country ISA Desk knows.</translation>
    </message>
    <message>
        <source>Delete contact “{name}”</source>
        <translation>Delete contact “{name}”</translation>
    </message>
    <message>
        <source>Delete {count} contacts</source>
        <translation>Delete {count} contacts</translation>
    </message>
    <message>
        <source>“{purpose}” is not a purpose of consent.</source>
        <translation>“{purpose}” is not a purpose of consent.</translation>
    </message>
    <message>
        <source>{purpose}: “{value}” is not a date.</source>
        <translation>{purpose}: “{value}” is not a date.</translation>
    </message>
</context>
<context>
    <name>ContactsView</name>
    <message>
        <source>Search contacts … (Ctrl+F)</source>
        <translation>Search contacts … (Ctrl+F)</translation>
    </message>
    <message>
        <source>Searches given and family name, Chinese name, position, department, e-mail and town. Umlauts and accents need not be typed: “mueller” finds Müller.</source>
        <translation>Searches given and family name, Chinese name, position, department, e-mail and town. Umlauts and accents need not be typed: “mueller” finds Müller.</translation>
    </message>
    <message>
        <source>{shown} of {total} contacts</source>
        <translation>{shown} of {total} contacts</translation>
    </message>
    <message>
        <source>1 contact</source>
        <translation>1 contact</translation>
    </message>
    <message>
        <source>{count} contacts</source>
        <translation>{count} contacts</translation>
    </message>
    <message>
        <source>Write e-mail</source>
        <translation>Write e-mail</translation>
    </message>
    <message>
        <source>Copy postal address</source>
        <translation>Copy postal address</translation>
    </message>
    <message>
        <source>Merge two contacts…</source>
        <translation>Merge two contacts…</translation>
    </message>
    <message>
        <source>Export personal data…</source>
        <translation>Export personal data…</translation>
    </message>
    <message>
        <source>Everything held about this person, as PDF or JSON</source>
        <translation>Everything held about this person, as PDF or JSON</translation>
    </message>
    <message>
        <source>Erase for good…</source>
        <translation>Erase for good…</translation>
    </message>
    <message>
        <source>Remove this person everywhere, history included</source>
        <translation>Remove this person everywhere, history included</translation>
    </message>
</context>
<context>
    <name>Countries</name>
    <message>
        <source>“{name}” cannot be the name of a country.</source>
        <translation>“{name}” cannot be the name of a country.</translation>
    </message>
    <message>
        <source>“{name}” already names another country ({code}).</source>
        <translation>“{name}” already names another country ({code}).</translation>
    </message>
</context>
<context>
    <name>CountryNames</name>
    <message>
        <source>German</source>
        <translation>German</translation>
    </message>
    <message>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>Chinese</translation>
    </message>
    <message>
        <source>Country names</source>
        <translation>Country names</translation>
    </message>
    <message>
        <source>How these countries are named in the lists, exports and addresses, in each language. An empty field takes the name of the Unicode CLDR.</source>
        <translation>How these countries are named in the lists, exports and addresses, in each language. An empty field takes the name of the Unicode CLDR.</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Country</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Another country:</source>
        <translation>Another country:</translation>
    </message>
    <message>
        <source>Office defaults</source>
        <translation>Office defaults</translation>
    </message>
    <message>
        <source>The names ISA Desk shows unless the office chose others</source>
        <translation>The names ISA Desk shows unless the office chose others</translation>
    </message>
    <message>
        <source>CLDR names</source>
        <translation>CLDR names</translation>
    </message>
    <message>
        <source>CLDR: {name}</source>
        <translation>CLDR: {name}</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>{path} is a folder, not a database file.</source>
        <translation>{path} is a folder, not a database file.</translation>
    </message>
    <message>
        <source>{path} is not an ISA Desk database (not an SQLite file). Choose another file.</source>
        <translation>{path} is not an ISA Desk database (not an SQLite file). Choose another file.</translation>
    </message>
    <message>
        <source>Cannot create the database {path}: the folder {folder} does not exist.</source>
        <translation>Cannot create the database {path}: the folder {folder} does not exist.</translation>
    </message>
    <message>
        <source>The database {path} cannot be created: {reason}</source>
        <translation>The database {path} cannot be created: {reason}</translation>
    </message>
    <message>
        <source>The database {target} is locked by another program. Close the other program and try again.</source>
        <translation>The database {target} is locked by another program. Close the other program and try again.</translation>
    </message>
    <message>
        <source>The database {target} cannot be written: no permission.</source>
        <translation>The database {target} cannot be written: no permission.</translation>
    </message>
    <message>
        <source>{target} is not an ISA Desk database or it is damaged.</source>
        <translation>{target} is not an ISA Desk database or it is damaged.</translation>
    </message>
    <message>
        <source>The disk of the database {target} is full: the change was not saved. Make room on it and try again.</source>
        <translation>The disk of the database {target} is full: the change was not saved. Make room on it and try again.</translation>
    </message>
    <message>
        <source>The database {target} cannot be opened or created.</source>
        <translation>The database {target} cannot be opened or created.</translation>
    </message>
    <message>
        <source>The database {target} cannot be used: {reason}</source>
        <translation>The database {target} cannot be used: {reason}</translation>
    </message>
    <message>
        <source>No backup of {path} could be made before the upgrade ({reason}); nothing was changed. Free some space or check the folder, then start again.</source>
        <translation>No backup of {path} could be made before the upgrade ({reason}); nothing was changed. Free some space or check the folder, then start again.</translation>
    </message>
    <message>
        <source>{target} could not be upgraded ({reason}); it was left unchanged. Report this together with the log file.</source>
        <translation>{target} could not be upgraded ({reason}); it was left unchanged. Report this together with the log file.</translation>
    </message>
    <message>
        <source>{target} holds tables of another program, not an ISA Desk database. Choose another file.</source>
        <translation>{target} holds tables of another program, not an ISA Desk database. Choose another file.</translation>
    </message>
    <message>
        <source>{target} was written by a newer version of ISA Desk (schema {revision}). Install the current version of ISA Desk to open it.</source>
        <translation>{target} was written by a newer version of ISA Desk (schema {revision}). Install the current version of ISA Desk to open it.</translation>
    </message>
    <message>
        <source>{target} needs an upgrade from schema {revision} to {head}.</source>
        <translation>{target} needs an upgrade from schema {revision} to {head}.</translation>
    </message>
    <message>
        <source>{path} holds ISA Desk's tables and data but no schema version; it was not changed. Restore a backup or ask for help.</source>
        <translation>{path} holds ISA Desk's tables and data but no schema version; it was not changed. Restore a backup or ask for help.</translation>
    </message>
    <message>
        <source>{path} is damaged ({problem}); it was not changed. The last good backup is {backup}: restore it with {command}</source>
        <translation>{path} is damaged ({problem}); it was not changed. The last good backup is {backup}: restore it with {command}</translation>
    </message>
    <message>
        <source>{path} is damaged ({problem}); it was not changed. There is no backup in {folder}. See what is wrong with {command}</source>
        <translation>{path} is damaged ({problem}); it was not changed. There is no backup in {folder}. See what is wrong with {command}</translation>
    </message>
    <message>
        <source>{path} lies on a network drive ({where}). Several people using one file there can damage it; for working together, put the data on a team server: File › Move to team server…</source>
        <translation>{path} lies on a network drive ({where}). Several people using one file there can damage it; for working together, put the data on a team server: File › Move to team server…</translation>
    </message>
    <message>
        <source>Changes made in one copy are not seen by the other until it reloads, and both writing at once can lose work. For working together, use a team server: File › Move to team server…</source>
        <translation>Changes made in one copy are not seen by the other until it reloads, and both writing at once can lose work. For working together, use a team server: File › Move to team server…</translation>
    </message>
    <message>
        <source>{path} is already open in another copy of ISA Desk.</source>
        <translation>{path} is already open in another copy of ISA Desk.</translation>
    </message>
    <message>
        <source>{path} is already open in ISA Desk for {user} on {computer} since {time}.</source>
        <translation>{path} is already open in ISA Desk for {user} on {computer} since {time}.</translation>
    </message>
    <message>
        <source>A colleague is changing the same records in {database} right now. Nothing was saved; try again in a moment.</source>
        <translation>A colleague is changing the same records in {database} right now. Nothing was saved; try again in a moment.</translation>
    </message>
    <message>
        <source>The login {user} may not do this in the database {database} on {server} ({reason}). Ask the server's administrator for the rights.</source>
        <translation>The login {user} may not do this in the database {database} on {server} ({reason}). Ask the server's administrator for the rights.</translation>
    </message>
    <message>
        <source>The server {server} does not let {user} connect from this computer. Ask the server's administrator to allow it.</source>
        <translation>The server {server} does not let {user} connect from this computer. Ask the server's administrator to allow it.</translation>
    </message>
    <message>
        <source>The server {server} refused the login {user}: the user name or the password is wrong.</source>
        <translation>The server {server} refused the login {user}: the user name or the password is wrong.</translation>
    </message>
    <message>
        <source>There is no database {database} on the server {server}. Check its name, or ask the server's administrator to create it.</source>
        <translation>There is no database {database} on the server {server}. Check its name, or ask the server's administrator to create it.</translation>
    </message>
    <message>
        <source>The database server {server} takes no more connections right now. Try again in a moment.</source>
        <translation>The database server {server} takes no more connections right now. Try again in a moment.</translation>
    </message>
    <message>
        <source>No database server is known by the name {host} ({target}). Check the server's address.</source>
        <translation>No database server is known by the name {host} ({target}). Check the server's address.</translation>
    </message>
    <message>
        <source>The database server of {target} cannot be reached. Check its address and port, that it is running, and the network; then try again.</source>
        <translation>The database server of {target} cannot be reached. Check its address and port, that it is running, and the network; then try again.</translation>
    </message>
    <message>
        <source>The connection to the database server {server} was lost; the last change may not have been saved. Try again when the server can be reached.</source>
        <translation>The connection to the database server {server} was lost; the last change may not have been saved. Try again when the server can be reached.</translation>
    </message>
</context>
<context>
    <name>DateInput</name>
    <message>
        <source>Choose from the calendar (F4)</source>
        <translation>Choose from the calendar (F4)</translation>
    </message>
    <message>
        <source>“{text}” is not a date. Type it like {example}.</source>
        <translation>“{text}” is not a date. Type it like {example}.</translation>
    </message>
    <message>
        <source>Enter a date.</source>
        <translation>Enter a date.</translation>
    </message>
    <message>
        <source>“{text}” is not a date with a time. Type it like {example}.</source>
        <translation>“{text}” is not a date with a time. Type it like {example}.</translation>
    </message>
    <message>
        <source>Enter a date and a time.</source>
        <translation>Enter a date and a time.</translation>
    </message>
</context>
<context>
    <name>Deleting</name>
    <message>
        <source>You can undo this with Ctrl+Z.</source>
        <translation>You can undo this with Ctrl+Z.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation>Not deleted</translation>
    </message>
</context>
<context>
    <name>Duplicates</name>
    <message>
        <source>same e-mail address</source>
        <translation>same e-mail address</translation>
    </message>
    <message>
        <source>same phone number and a similar name</source>
        <translation>same phone number and a similar name</translation>
    </message>
    <message>
        <source>same Chinese name at the same organisation</source>
        <translation>same Chinese name at the same organisation</translation>
    </message>
    <message>
        <source>same Chinese name at the same member</source>
        <translation>same Chinese name at the same member</translation>
    </message>
    <message>
        <source>same Chinese name in the same town</source>
        <translation>same Chinese name in the same town</translation>
    </message>
    <message>
        <source>same Chinese name</source>
        <translation>same Chinese name</translation>
    </message>
    <message>
        <source>very similar name at the same organisation</source>
        <translation>very similar name at the same organisation</translation>
    </message>
    <message>
        <source>very similar name at the same member</source>
        <translation>very similar name at the same member</translation>
    </message>
    <message>
        <source>very similar name in the same town</source>
        <translation>very similar name in the same town</translation>
    </message>
    <message>
        <source>very similar name</source>
        <translation>very similar name</translation>
    </message>
    <message>
        <source>Possible duplicate</source>
        <translation>Possible duplicate</translation>
    </message>
    <message>
        <source>This contact may already exist. Open the existing one to check it, or save the new contact anyway.</source>
        <translation>This contact may already exist. Open the existing one to check it, or save the new contact anyway.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>First contact</source>
        <translation>First contact</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Second contact</source>
        <translation>Second contact</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message>
        <source>Similarity</source>
        <translation>Similarity</translation>
    </message>
    <message>
        <source>Find duplicates</source>
        <translation>Find duplicates</translation>
    </message>
    <message>
        <source>Contacts that may be one person stored twice: the same e-mail address, the same phone number and a similar name, or a very similar name at the same organisation, member or town. Merge a pair into one contact, or mark it as two people so that it does not come again.</source>
        <translation>Contacts that may be one person stored twice: the same e-mail address, the same phone number and a similar name, or a very similar name at the same organisation, member or town. Merge a pair into one contact, or mark it as two people so that it does not come again.</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stop</translation>
    </message>
    <message>
        <source>Merge…</source>
        <translation>Merge…</translation>
    </message>
    <message>
        <source>Not a duplicate</source>
        <translation>Not a duplicate</translation>
    </message>
    <message>
        <source>Search again</source>
        <translation>Search again</translation>
    </message>
    <message>
        <source>Comparing the contacts…</source>
        <translation>Comparing the contacts…</translation>
    </message>
    <message>
        <source>Search stopped.</source>
        <translation>Search stopped.</translation>
    </message>
    <message>
        <source>No possible duplicates found.</source>
        <translation>No possible duplicates found.</translation>
    </message>
    <message numerus="yes">
        <source>%n possible duplicates</source>
        <translation><numerusform>%n possible duplicate</numerusform><numerusform>%n possible duplicates</numerusform></translation>
    </message>
    <message>
        <source>Open existing</source>
        <translation>Open existing</translation>
    </message>
    <message>
        <source>Save anyway</source>
        <translation>Save anyway</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Two contacts cannot share an e-mail address: change the address or open the existing contact.</source>
        <translation>Two contacts cannot share an e-mail address: change the address or open the existing contact.</translation>
    </message>
    <message>
        <source>A contact cannot be a duplicate of itself.</source>
        <translation>A contact cannot be a duplicate of itself.</translation>
    </message>
</context>
<context>
    <name>Editor</name>
    <message>
        <source>Record not found</source>
        <translation>Record not found</translation>
    </message>
    <message>
        <source>{name} – {kind}</source>
        <translation>{name} – {kind}</translation>
    </message>
    <message>
        <source>Cannot save yet: {field}: {problem}</source>
        <translation>Cannot save yet: {field}: {problem}</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <source>Discard mine and reload</source>
        <translation>Discard mine and reload</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Office or position</source>
        <translation>Office or position</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Town</source>
        <translation>Town</translation>
    </message>
</context>
<context>
    <name>Erase</name>
    <message>
        <source>Erase for good</source>
        <translation>Erase for good</translation>
    </message>
    <message>
        <source>Erase {name} for good? This removes:</source>
        <translation>Erase {name} for good? This removes:</translation>
    </message>
    <message>
        <source>This cannot be undone: the person cannot be restored, not even with Undo. Backups keep them until they are removed.</source>
        <translation>This cannot be undone: the person cannot be restored, not even with Undo. Backups keep them until they are removed.</translation>
    </message>
    <message>
        <source>I understand that this cannot be undone.</source>
        <translation>I understand that this cannot be undone.</translation>
    </message>
    <message>
        <source>To confirm, type the family name “{name}”:</source>
        <translation>To confirm, type the family name “{name}”:</translation>
    </message>
    <message>
        <source>Erasing…</source>
        <translation>Erasing…</translation>
    </message>
    <message>
        <source>{name} was erased for good:</source>
        <translation>{name} was erased for good:</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>ISA Desk – Error</source>
        <translation>ISA Desk – Error</translation>
    </message>
    <message>
        <source>Something went wrong, and the last action may not have been completed.</source>
        <translation>Something went wrong, and the last action may not have been completed.</translation>
    </message>
    <message>
        <source>Please try again. If the problem stays, send the log file to your IT support:
{path}</source>
        <translation>Please try again. If the problem stays, send the log file to your IT support:
{path}</translation>
    </message>
    <message>
        <source>ISA Desk</source>
        <translation>ISA Desk</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelled.</translation>
    </message>
</context>
<context>
    <name>EventEditor</name>
    <message>
        <source>New event</source>
        <translation>New event</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Event</translation>
    </message>
    <message>
        <source>until</source>
        <translation>until</translation>
    </message>
    <message>
        <source>Title *</source>
        <translation>Title *</translation>
    </message>
    <message>
        <source>Begins *</source>
        <translation>Begins *</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Ends</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Registration deadline</source>
        <translation>Registration deadline</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <source>Discard the changes to this event?</source>
        <translation>Discard the changes to this event?</translation>
    </message>
</context>
<context>
    <name>EventOverview</name>
    <message>
        <source>Next event</source>
        <translation>Next event</translation>
    </message>
    <message>
        <source>Last event</source>
        <translation>Last event</translation>
    </message>
    <message>
        <source>invited</source>
        <translation>invited</translation>
    </message>
    <message>
        <source>no answer yet</source>
        <translation>no answer yet</translation>
    </message>
    <message>
        <source>Open the participant list</source>
        <translation>Open the participant list</translation>
    </message>
</context>
<context>
    <name>EventPanel</name>
    <message>
        <source>Choose an event above, or make a new one with Ctrl+N.</source>
        <translation>Choose an event above, or make a new one with Ctrl+N.</translation>
    </message>
    <message>
        <source>Invite…</source>
        <translation>Invite…</translation>
    </message>
    <message>
        <source>Invite the contacts of a tag, of members, or chosen in the Contacts list</source>
        <translation>Invite the contacts of a tag, of members, or chosen in the Contacts list</translation>
    </message>
    <message>
        <source>Set status</source>
        <translation>Set status</translation>
    </message>
    <message>
        <source>Letters…</source>
        <translation>Letters…</translation>
    </message>
    <message>
        <source>Invitation letters for the participants (the status chosen below, or invited and registered)</source>
        <translation>Invitation letters for the participants (the status chosen below, or invited and registered)</translation>
    </message>
    <message>
        <source>Name badges…</source>
        <translation>Name badges…</translation>
    </message>
    <message>
        <source>Name badges as PDF, four per A4 page, for the status chosen below (or registered and attended)</source>
        <translation>Name badges as PDF, four per A4 page, for the status chosen below (or registered and attended)</translation>
    </message>
    <message>
        <source>Attendance list…</source>
        <translation>Attendance list…</translation>
    </message>
    <message>
        <source>The list to sign on the day, as PDF</source>
        <translation>The list to sign on the day, as PDF</translation>
    </message>
    <message>
        <source>Export to Excel…</source>
        <translation>Export to Excel…</translation>
    </message>
    <message>
        <source>The participants (of the status chosen below) as an Excel workbook</source>
        <translation>The participants (of the status chosen below) as an Excel workbook</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>Name badges</source>
        <translation>Name badges</translation>
    </message>
    <message numerus="yes">
        <source>%n name badges on {pages}</source>
        <translation><numerusform>%n name badge on {pages}</numerusform><numerusform>%n name badges on {pages}</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n pages</source>
        <translation><numerusform>%n page</numerusform><numerusform>%n pages</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Attendance list of %n people on {pages}</source>
        <translation><numerusform>Attendance list of %n person on {pages}</numerusform><numerusform>Attendance list of %n people on {pages}</numerusform></translation>
    </message>
    <message>
        <source>Attendance list</source>
        <translation>Attendance list</translation>
    </message>
</context>
<context>
    <name>Events</name>
    <message>
        <source>The event {id} does not exist (any more).</source>
        <translation>The event {id} does not exist (any more).</translation>
    </message>
    <message>
        <source>There is no event “{event}”. Events: {titles}.</source>
        <translation>There is no event “{event}”. Events: {titles}.</translation>
    </message>
    <message>
        <source>“{event}” fits several events: {titles}. Give the full title or the id.</source>
        <translation>“{event}” fits several events: {titles}. Give the full title or the id.</translation>
    </message>
    <message>
        <source>Enter the event's title.</source>
        <translation>Enter the event's title.</translation>
    </message>
    <message>
        <source>Enter the date and time the event begins.</source>
        <translation>Enter the date and time the event begins.</translation>
    </message>
    <message>
        <source>The event cannot end before it begins.</source>
        <translation>The event cannot end before it begins.</translation>
    </message>
    <message>
        <source>The registration deadline must be on or before the day of the event.</source>
        <translation>The registration deadline must be on or before the day of the event.</translation>
    </message>
    <message>
        <source>Delete event “{title}”</source>
        <translation>Delete event “{title}”</translation>
    </message>
    <message>
        <source>Delete {count} events</source>
        <translation>Delete {count} events</translation>
    </message>
    <message>
        <source>Registration closed on {date}</source>
        <translation>Registration closed on {date}</translation>
    </message>
    <message>
        <source>Registration until today ({date})</source>
        <translation>Registration until today ({date})</translation>
    </message>
    <message>
        <source>Registration until tomorrow ({date})</source>
        <translation>Registration until tomorrow ({date})</translation>
    </message>
    <message>
        <source>Registration until {date} (in {days} days)</source>
        <translation>Registration until {date} (in {days} days)</translation>
    </message>
    <message>
        <source>{count} registered</source>
        <translation>{count} registered</translation>
    </message>
    <message>
        <source>{count} declined</source>
        <translation>{count} declined</translation>
    </message>
    <message>
        <source>{count} without answer</source>
        <translation>{count} without answer</translation>
    </message>
    <message>
        <source>{count} attended</source>
        <translation>{count} attended</translation>
    </message>
    <message>
        <source>{count} no-show</source>
        <translation>{count} no-show</translation>
    </message>
    <message>
        <source>{total} invited: {parts}</source>
        <translation>{total} invited: {parts}</translation>
    </message>
</context>
<context>
    <name>EventsView</name>
    <message>
        <source>All events</source>
        <translation>All events</translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation>Upcoming</translation>
    </message>
    <message>
        <source>Past</source>
        <translation>Past</translation>
    </message>
    <message>
        <source>New event…</source>
        <translation>New event…</translation>
    </message>
    <message>
        <source>Edit event…</source>
        <translation>Edit event…</translation>
    </message>
    <message>
        <source>Search events: title or place (Ctrl+F)</source>
        <translation>Search events: title or place (Ctrl+F)</translation>
    </message>
    <message>
        <source>{shown} of {total} events</source>
        <translation>{shown} of {total} events</translation>
    </message>
    <message>
        <source>1 event</source>
        <translation>1 event</translation>
    </message>
    <message>
        <source>{count} events</source>
        <translation>{count} events</translation>
    </message>
    <message>
        <source>Delete event…</source>
        <translation>Delete event…</translation>
    </message>
    <message numerus="yes">
        <source>Delete the event “{title}” with its list of %n participants?</source>
        <translation><numerusform>Delete the event “{title}” with its list of %n participant?</numerusform><numerusform>Delete the event “{title}” with its list of %n participants?</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Delete these {events} events with their lists of %n participants?</source>
        <translation><numerusform>Delete these {events} events with their lists of %n participant?</numerusform><numerusform>Delete these {events} events with their lists of %n participants?</numerusform></translation>
    </message>
    <message>
        <source>The contacts stay.</source>
        <translation>The contacts stay.</translation>
    </message>
</context>
<context>
    <name>Exchange</name>
    <message>
        <source>No contact has the ID {id}. Empty the ID cell to import the row as a new contact.</source>
        <translation>No contact has the ID {id}. Empty the ID cell to import the row as a new contact.</translation>
    </message>
    <message>
        <source>The e-mail address {email} already belongs to {name} (contact {id}).</source>
        <translation>The e-mail address {email} already belongs to {name} (contact {id}).</translation>
    </message>
    <message>
        <source>No member has the ID {id}. Empty the ID cell to import the row as a new member.</source>
        <translation>No member has the ID {id}. Empty the ID cell to import the row as a new member.</translation>
    </message>
    <message>
        <source>Rows with errors</source>
        <translation>Rows with errors</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problems</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Members</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <source>Membership inquiries</source>
        <translation>Membership inquiries</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Cannot write {path}: the folder does not exist.</source>
        <translation>Cannot write {path}: the folder does not exist.</translation>
    </message>
    <message>
        <source>Cannot write {path}: {reason}. Is it open in Excel?</source>
        <translation>Cannot write {path}: {reason}. Is it open in Excel?</translation>
    </message>
    <message>
        <source>ISA Desk: {list}</source>
        <translation>ISA Desk: {list}</translation>
    </message>
    <message>
        <source>Exported by ISA Desk on {date}.</source>
        <translation>Exported by ISA Desk on {date}.</translation>
    </message>
    <message>
        <source>By country and region</source>
        <translation>By country and region</translation>
    </message>
    <message>
        <source>{country} in total</source>
        <translation>{country} in total</translation>
    </message>
    <message>
        <source>Choose the event whose participants to export.</source>
        <translation>Choose the event whose participants to export.</translation>
    </message>
    <message>
        <source>Name, Land, Bundesland/Provinz, Status, Mitglied seit</source>
        <translation>Name, Land, Bundesland/Provinz, Status, Mitglied seit</translation>
    </message>
    <message>
        <source>Anrede, Vorname, Nachname, Organisation, E-Mail, Telefon (or an Outlook contact export)</source>
        <translation>Anrede, Vorname, Nachname, Organisation, E-Mail, Telefon (or an Outlook contact export)</translation>
    </message>
    <message>
        <source>{file}: no column is recognised in the sheet “{sheet}”. Expected headers such as {headers}, or those of a list exported by ISA Desk.</source>
        <translation>{file}: no column is recognised in the sheet “{sheet}”. Expected headers such as {headers}, or those of a list exported by ISA Desk.</translation>
    </message>
    <message>
        <source>{file}: the sheet has no row {row}.</source>
        <translation>{file}: the sheet has no row {row}.</translation>
    </message>
    <message>
        <source>{file}: no column is assigned to a field. Assign at least one.</source>
        <translation>{file}: no column is assigned to a field. Assign at least one.</translation>
    </message>
    <message>
        <source>No member is called “{name}”.</source>
        <translation>No member is called “{name}”.</translation>
    </message>
    <message>
        <source>A new contact needs a family name or an organisation.</source>
        <translation>A new contact needs a family name or an organisation.</translation>
    </message>
    <message>
        <source>A new member needs a name.</source>
        <translation>A new member needs a name.</translation>
    </message>
    <message>
        <source>A new member needs a country.</source>
        <translation>A new member needs a country.</translation>
    </message>
    <message>
        <source>The import {id} does not exist.</source>
        <translation>The import {id} does not exist.</translation>
    </message>
    <message>
        <source>The import {id} was undone already.</source>
        <translation>The import {id} was undone already.</translation>
    </message>
    <message>
        <source>Import of {source}</source>
        <translation>Import of {source}</translation>
    </message>
    <message>
        <source>and {count} more</source>
        <translation>and {count} more</translation>
    </message>
    <message>
        <source>The import cannot be undone: these records were changed or used since ({names}). Undoing it would lose that work.</source>
        <translation>The import cannot be undone: these records were changed or used since ({names}). Undoing it would lose that work.</translation>
    </message>
    <message>
        <source>Enter a name for the mapping.</source>
        <translation>Enter a name for the mapping.</translation>
    </message>
    <message>
        <source>There is no column mapping “{name}”.</source>
        <translation>There is no column mapping “{name}”.</translation>
    </message>
    <message>
        <source>the file does not exist.</source>
        <translation>the file does not exist.</translation>
    </message>
    <message>
        <source>it is not an Excel workbook.</source>
        <translation>it is not an Excel workbook.</translation>
    </message>
    <message>
        <source>it is not a valid Excel workbook ({error}).</source>
        <translation>it is not a valid Excel workbook ({error}).</translation>
    </message>
    <message>
        <source>the workbook has no worksheet.</source>
        <translation>the workbook has no worksheet.</translation>
    </message>
    <message>
        <source>it is not a valid OpenDocument spreadsheet ({error}).</source>
        <translation>it is not a valid OpenDocument spreadsheet ({error}).</translation>
    </message>
    <message>
        <source>it has no sheet “{sheet}” (sheets: {sheets}).</source>
        <translation>it has no sheet “{sheet}” (sheets: {sheets}).</translation>
    </message>
    <message>
        <source>it ends before its last row</source>
        <translation>it ends before its last row</translation>
    </message>
    <message>
        <source>the sheet is damaged ({error}).</source>
        <translation>the sheet is damaged ({error}).</translation>
    </message>
    <message>
        <source>The cell holds the formula {formula} without a computed value; its text was taken as it is.</source>
        <translation>The cell holds the formula {formula} without a computed value; its text was taken as it is.</translation>
    </message>
    <message>
        <source>row {row}</source>
        <translation>row {row}</translation>
    </message>
    <message>
        <source>Encoding: {encoding}; separator: {separator}.</source>
        <translation>Encoding: {encoding}; separator: {separator}.</translation>
    </message>
    <message numerus="yes">
        <source>{rows} and %n more</source>
        <translation><numerusform>{rows} and %n more</numerusform><numerusform>{rows} and %n more</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) above the column headers were taken as a title and not imported: {rows}</source>
        <translation><numerusform>%n row above the column headers was taken as a title and not imported: {rows}</numerusform><numerusform>%n rows above the column headers were taken as a title and not imported: {rows}</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>The file mixes two encodings: %n row(s) were read as {encoding}, the other rows as {others}. Check the names in these rows: {rows}</source>
        <translation><numerusform>The file mixes two encodings: %n row was read as {encoding}, the other rows as {others}. Check the names in these rows: {rows}</numerusform><numerusform>The file mixes two encodings: %n rows were read as {encoding}, the other rows as {others}. Check the names in these rows: {rows}</numerusform></translation>
    </message>
    <message>
        <source>UTF-8, other lines {encoding}</source>
        <translation>UTF-8, other lines {encoding}</translation>
    </message>
    <message>
        <source>it is neither a workbook nor a text file.</source>
        <translation>it is neither a workbook nor a text file.</translation>
    </message>
    <message>
        <source>Row {row}: {message}</source>
        <translation>Row {row}: {message}</translation>
    </message>
    <message>
        <source>Row {row}, column “{column}” ({letter}): {message}</source>
        <translation>Row {row}, column “{column}” ({letter}): {message}</translation>
    </message>
    <message>
        <source>Control characters (such as NUL) were removed.</source>
        <translation>Control characters (such as NUL) were removed.</translation>
    </message>
    <message>
        <source>The cell holds the Excel error {error}.</source>
        <translation>The cell holds the Excel error {error}.</translation>
    </message>
    <message>
        <source>“{value}” is not a date.</source>
        <translation>“{value}” is not a date.</translation>
    </message>
    <message>
        <source>The ID “{value}” is not a whole number.</source>
        <translation>The ID “{value}” is not a whole number.</translation>
    </message>
    <message>
        <source>“{country}” is not a country ISA Desk knows.</source>
        <translation>“{country}” is not a country ISA Desk knows.</translation>
    </message>
    <message>
        <source>“{value}” is not one of: {choices}.</source>
        <translation>“{value}” is not one of: {choices}.</translation>
    </message>
    <message>
        <source>“{value}” is neither yes nor no.</source>
        <translation>“{value}” is neither yes nor no.</translation>
    </message>
    <message>
        <source>,</source>
        <comment>thousands separator</comment>
        <translation>,</translation>
    </message>
    <message>
        <source>{file} cannot be read: {reason}</source>
        <translation>{file} cannot be read: {reason}</translation>
    </message>
    <message>
        <source>more than {limit} rows (the limit for one import). Split the list.</source>
        <translation>more than {limit} rows (the limit for one import). Split the list.</translation>
    </message>
    <message>
        <source>row {row} has more than {limit} columns (the limit for one import).</source>
        <translation>row {row} has more than {limit} columns (the limit for one import).</translation>
    </message>
    <message>
        <source>{where} holds more than {limit} characters (the limit for one cell).</source>
        <translation>{where} holds more than {limit} characters (the limit for one cell).</translation>
    </message>
    <message>
        <source>row {row}, column {column}</source>
        <translation>row {row}, column {column}</translation>
    </message>
    <message>
        <source>the file is larger than {limit} MB (the limit for one import). Split the list.</source>
        <translation>the file is larger than {limit} MB (the limit for one import). Split the list.</translation>
    </message>
    <message>
        <source>its part {part} unpacks to more than {limit} MB (the limit for one import).</source>
        <translation>its part {part} unpacks to more than {limit} MB (the limit for one import).</translation>
    </message>
    <message>
        <source>its part {part} is packed more than {ratio} to 1, as no real workbook is (the limit for one import).</source>
        <translation>its part {part} is packed more than {ratio} to 1, as no real workbook is (the limit for one import).</translation>
    </message>
    <message>
        <source>more than {limit} different texts (the limit for one import). Split the list.</source>
        <translation>more than {limit} different texts (the limit for one import). Split the list.</translation>
    </message>
    <message>
        <source>its filled cells span more than {limit} cells (the limit for one import). Split the list.</source>
        <translation>its filled cells span more than {limit} cells (the limit for one import). Split the list.</translation>
    </message>
    <message>
        <source>more than {limit} merged cell ranges (the limit for one sheet).</source>
        <translation>more than {limit} merged cell ranges (the limit for one sheet).</translation>
    </message>
    <message>
        <source>line {line} is longer than {limit} characters (the limit for one line).</source>
        <translation>line {line} is longer than {limit} characters (the limit for one line).</translation>
    </message>
    <message>
        <source>a text of the workbook</source>
        <translation>a text of the workbook</translation>
    </message>
    <message>
        <source>Column “{column}”: {value} read as {date} (day before month); no value in the column says otherwise.</source>
        <translation>Column “{column}”: {value} read as {date} (day before month); no value in the column says otherwise.</translation>
    </message>
    <message>
        <source>Column “{column}”: {value} read as {date} (month before day), as “{proof}” in row {row} shows.</source>
        <translation>Column “{column}”: {value} read as {date} (month before day), as “{proof}” in row {row} shows.</translation>
    </message>
    <message>
        <source>Column “{column}”: {value} read as {date} (day before month), as “{proof}” in row {row} shows.</source>
        <translation>Column “{column}”: {value} read as {date} (day before month), as “{proof}” in row {row} shows.</translation>
    </message>
    <message>
        <source>“{value}” puts the day before the month, but other dates of this column put the month first (“{proof}” in row {row}).</source>
        <translation>“{value}” puts the day before the month, but other dates of this column put the month first (“{proof}” in row {row}).</translation>
    </message>
    <message>
        <source>“{value}” puts the month before the day, but other dates of this column put the day first (“{proof}” in row {row}).</source>
        <translation>“{value}” puts the month before the day, but other dates of this column put the day first (“{proof}” in row {row}).</translation>
    </message>
    <message>
        <source>Semicolon (;)</source>
        <translation>Semicolon (;)</translation>
    </message>
    <message>
        <source>Comma (,)</source>
        <translation>Comma (,)</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tab</translation>
    </message>
    <message>
        <source>Vertical bar (|)</source>
        <translation>Vertical bar (|)</translation>
    </message>
    <message>
        <source>Outlook's column names are offered in {choices}, not in “{language}”.</source>
        <translation>Outlook's column names are offered in {choices}, not in “{language}”.</translation>
    </message>
    <message>
        <source>card {card}, begun on line {line}, has no END:VCARD.</source>
        <translation>card {card}, begun on line {line}, has no END:VCARD.</translation>
    </message>
    <message>
        <source>it holds no card (BEGIN:VCARD … END:VCARD).</source>
        <translation>it holds no card (BEGIN:VCARD … END:VCARD).</translation>
    </message>
    <message>
        <source>line {line}</source>
        <translation>line {line}</translation>
    </message>
    <message>
        <source>it is no property (NAME:value): “{text}”</source>
        <translation>it is no property (NAME:value): “{text}”</translation>
    </message>
    <message>
        <source>line {line} is outside a card (BEGIN:VCARD … END:VCARD): “{text}”.</source>
        <translation>line {line} is outside a card (BEGIN:VCARD … END:VCARD): “{text}”.</translation>
    </message>
    <message>
        <source>card {card} (begun on line {begin}), line {line}</source>
        <translation>card {card} (begun on line {begin}), line {line}</translation>
    </message>
    <message>
        <source>{file} is a vCard file: it holds persons. Import it as contacts.</source>
        <translation>{file} is a vCard file: it holds persons. Import it as contacts.</translation>
    </message>
    <message>
        <source>the card on line {line} ({field})</source>
        <translation>the card on line {line} ({field})</translation>
    </message>
    <message>
        <source>vCard file ({encoding}); each card is a row numbered by the line it begins on.</source>
        <translation>vCard file ({encoding}); each card is a row numbered by the line it begins on.</translation>
    </message>
    <message>
        <source>vCard {version} is not offered: choose {choices}.</source>
        <translation>vCard {version} is not offered: choose {choices}.</translation>
    </message>
    <message>
        <source>{file} cannot be read: {reason} Expected an Excel workbook (.xlsx), an old Excel workbook (.xls), an OpenDocument spreadsheet (.ods), a CSV file (.csv) or a vCard file (.vcf).</source>
        <translation>{file} cannot be read: {reason} Expected an Excel workbook (.xlsx), an old Excel workbook (.xls), an OpenDocument spreadsheet (.ods), a CSV file (.csv) or a vCard file (.vcf).</translation>
    </message>
</context>
<context>
    <name>ExportAction</name>
    <message>
        <source>Export {list}</source>
        <translation>Export {list}</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel workbooks (*.xlsx)</translation>
    </message>
    <message>
        <source>vCard (*.vcf)</source>
        <translation>vCard (*.vcf)</translation>
    </message>
    <message>
        <source>Outlook CSV, German column names (*.csv)</source>
        <translation>Outlook CSV, German column names (*.csv)</translation>
    </message>
    <message>
        <source>Outlook CSV, English column names (*.csv)</source>
        <translation>Outlook CSV, English column names (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>%n rows exported to {file}</source>
        <translation><numerusform>%n row exported to {file}</numerusform><numerusform>%n rows exported to {file}</numerusform></translation>
    </message>
    <message>
        <source>Writing {file} …</source>
        <translation>Writing {file} …</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Export only the selected rows, or every row of the list?</source>
        <translation>Export only the selected rows, or every row of the list?</translation>
    </message>
    <message>
        <source>Selected rows ({count})</source>
        <translation>Selected rows ({count})</translation>
    </message>
    <message>
        <source>Whole list ({count})</source>
        <translation>Whole list ({count})</translation>
    </message>
    <message>
        <source>Export participants</source>
        <translation>Export participants</translation>
    </message>
    <message>
        <source>Participants of the event:</source>
        <translation>Participants of the event:</translation>
    </message>
    <message>
        <source>There is no event yet.</source>
        <translation>There is no event yet.</translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <source>{path} cannot be overwritten: it is the open database or the file being read. Choose another name.</source>
        <translation>{path} cannot be overwritten: it is the open database or the file being read. Choose another name.</translation>
    </message>
    <message>
        <source>there is not enough space on the disk</source>
        <translation>there is not enough space on the disk</translation>
    </message>
    <message>
        <source>you have no permission to write there, or the file is open</source>
        <translation>you have no permission to write there, or the file is open</translation>
    </message>
    <message>
        <source>the disk or folder can only be read</source>
        <translation>the disk or folder can only be read</translation>
    </message>
    <message>
        <source>the folder does not exist</source>
        <translation>the folder does not exist</translation>
    </message>
    <message>
        <source>a folder of that name is in the way</source>
        <translation>a folder of that name is in the way</translation>
    </message>
    <message>
        <source>The file cannot be written: {reason}.</source>
        <translation>The file cannot be written: {reason}.</translation>
    </message>
    <message>
        <source>Cannot write {path}: {reason}.</source>
        <translation>Cannot write {path}: {reason}.</translation>
    </message>
    <message>
        <source>{path} is chosen for two outputs. Choose another name.</source>
        <translation>{path} is chosen for two outputs. Choose another name.</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Active only</source>
        <translation>Active only</translation>
    </message>
    <message>
        <source>Reset filters</source>
        <translation>Reset filters</translation>
    </message>
    <message>
        <source>Show all records again</source>
        <translation>Show all records again</translation>
    </message>
    <message>
        <source>All countries</source>
        <translation>All countries</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Any status</translation>
    </message>
    <message>
        <source>All members</source>
        <translation>All members</translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation>Any tag</translation>
    </message>
    <message>
        <source>All states and provinces</source>
        <translation>All states and provinces</translation>
    </message>
</context>
<context>
    <name>Form</name>
    <message>
        <source>Required field</source>
        <translation>Required field</translation>
    </message>
    <message>
        <source>Choose an entry of the list or leave the field empty.</source>
        <translation>Choose an entry of the list or leave the field empty.</translation>
    </message>
    <message>
        <source>Type a country or choose one from the list.</source>
        <translation>Type a country or choose one from the list.</translation>
    </message>
    <message>
        <source>This field is required.</source>
        <translation>This field is required.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <source>This record has changes that are not saved yet. Save them?</source>
        <translation>This record has changes that are not saved yet. Save them?</translation>
    </message>
    <message>
        <source>e.g. Newsletter, Presse</source>
        <translation>e.g. Newsletter, Presse</translation>
    </message>
    <message>
        <source>Add a place</source>
        <translation>Add a place</translation>
    </message>
    <message>
        <source>Remove the selected place</source>
        <translation>Remove the selected place</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Move up</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Move down</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
</context>
<context>
    <name>ImportHistory</name>
    <message>
        <source>Members</source>
        <translation>Members</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>Undo import</source>
        <translation>Undo import</translation>
    </message>
    <message>
        <source>Undo the import of {source} from {when}?</source>
        <translation>Undo the import of {source} from {when}?</translation>
    </message>
    <message numerus="yes">
        <source>%n records it created are deleted.</source>
        <translation><numerusform>The %n record it created is deleted.</numerusform><numerusform>The %n records it created are deleted.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n records it changed get their old values back.</source>
        <translation><numerusform>The %n record it changed gets its old values back.</numerusform><numerusform>The %n records it changed get their old values back.</numerusform></translation>
    </message>
    <message>
        <source>There is no import to undo.</source>
        <translation>There is no import to undo.</translation>
    </message>
    <message>
        <source>Imports</source>
        <translation>Imports</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <source>List</source>
        <translation>List</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Updated</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Undo import …</source>
        <translation>Undo import …</translation>
    </message>
    <message>
        <source>An import can be undone as long as its records were not changed since.</source>
        <translation>An import can be undone as long as its records were not changed since.</translation>
    </message>
    <message>
        <source>Undone on {when}</source>
        <translation>Undone on {when}</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Imported</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>As chosen above</source>
        <translation>As chosen above</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Skip</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Update</translation>
    </message>
    <message>
        <source>Fill empty fields</source>
        <translation>Fill empty fields</translation>
    </message>
    <message>
        <source>Import as a new record</source>
        <translation>Import as a new record</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problems</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplicate</translation>
    </message>
    <message>
        <source>Suspected duplicate</source>
        <translation>Suspected duplicate</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warning</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>In the file</source>
        <translation>In the file</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>Matches</translation>
    </message>
    <message>
        <source>Because of</source>
        <translation>Because of</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>What to do</translation>
    </message>
    <message>
        <source>row {row} of the file</source>
        <translation>row {row} of the file</translation>
    </message>
    <message>
        <source>the same ID</source>
        <translation>the same ID</translation>
    </message>
    <message>
        <source>the same e-mail address</source>
        <translation>the same e-mail address</translation>
    </message>
    <message>
        <source>the same name</source>
        <translation>the same name</translation>
    </message>
    <message>
        <source>a very similar name at the same organisation</source>
        <translation>a very similar name at the same organisation</translation>
    </message>
    <message>
        <source>Which list do you want to import?</source>
        <translation>Which list do you want to import?</translation>
    </message>
    <message>
        <source>An Excel workbook (.xlsx, .xls), an OpenDocument spreadsheet (.ods), a CSV file or contacts as vCards (.vcf), e.g. an Outlook export or a list a member city sent.</source>
        <translation>An Excel workbook (.xlsx, .xls), an OpenDocument spreadsheet (.ods), a CSV file or contacts as vCards (.vcf), e.g. an Outlook export or a list a member city sent.</translation>
    </message>
    <message>
        <source>Contacts (persons)</source>
        <translation>Contacts (persons)</translation>
    </message>
    <message>
        <source>Members (cities, districts, regions)</source>
        <translation>Members (cities, districts, regions)</translation>
    </message>
    <message>
        <source>Choose a file …</source>
        <translation>Choose a file …</translation>
    </message>
    <message>
        <source>Browse …</source>
        <translation>Browse …</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>File:</translation>
    </message>
    <message>
        <source>Import a list</source>
        <translation>Import a list</translation>
    </message>
    <message>
        <source>Lists (*.xlsx *.xlsm *.xls *.ods *.csv *.txt *.vcf);;vCard (*.vcf);;All files (*)</source>
        <translation>Lists (*.xlsx *.xlsm *.xls *.ods *.csv *.txt *.vcf);;vCard (*.vcf);;All files (*)</translation>
    </message>
    <message>
        <source>Sheet and header row</source>
        <translation>Sheet and header row</translation>
    </message>
    <message>
        <source>The first rows of the sheet. The header row was looked for below titles and notes; correct it if needed.</source>
        <translation>The first rows of the sheet. The header row was looked for below titles and notes; correct it if needed.</translation>
    </message>
    <message>
        <source>Sheet:</source>
        <translation>Sheet:</translation>
    </message>
    <message>
        <source>Headers in row:</source>
        <translation>Headers in row:</translation>
    </message>
    <message>
        <source>Choose the header row and assign the columns yourself.</source>
        <translation>Choose the header row and assign the columns yourself.</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Columns</translation>
    </message>
    <message>
        <source>Recognised columns are assigned already. Correct what is wrong; columns set to “not imported” are left out.</source>
        <translation>Recognised columns are assigned already. Correct what is wrong; columns set to “not imported” are left out.</translation>
    </message>
    <message>
        <source>Use</source>
        <translation>Use</translation>
    </message>
    <message>
        <source>Save mapping as …</source>
        <translation>Save mapping as …</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Column in the file</translation>
    </message>
    <message>
        <source>Examples</source>
        <translation>Examples</translation>
    </message>
    <message>
        <source>Field in ISA Desk</source>
        <translation>Field in ISA Desk</translation>
    </message>
    <message>
        <source>Saved mapping:</source>
        <translation>Saved mapping:</translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>(not imported)</translation>
    </message>
    <message>
        <source>{used} of {total} columns are imported.</source>
        <translation>{used} of {total} columns are imported.</translation>
    </message>
    <message>
        <source>Save mapping</source>
        <translation>Save mapping</translation>
    </message>
    <message>
        <source>Name for this column mapping:</source>
        <translation>Name for this column mapping:</translation>
    </message>
    <message>
        <source>errors</source>
        <translation>errors</translation>
    </message>
    <message>
        <source>Save rows with errors</source>
        <translation>Save rows with errors</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel workbooks (*.xlsx)</translation>
    </message>
    <message>
        <source>Check the rows</source>
        <translation>Check the rows</translation>
    </message>
    <message>
        <source>Every row was checked. Rows with errors are not imported unless you choose to leave them out; point at a problem to read it.</source>
        <translation>Every row was checked. Rows with errors are not imported unless you choose to leave them out; point at a problem to read it.</translation>
    </message>
    <message>
        <source>Show only rows with problems</source>
        <translation>Show only rows with problems</translation>
    </message>
    <message>
        <source>Import the valid rows and leave out the rows with errors</source>
        <translation>Import the valid rows and leave out the rows with errors</translation>
    </message>
    <message>
        <source>Save rows with errors …</source>
        <translation>Save rows with errors …</translation>
    </message>
    <message>
        <source>Cancelled. Go back, or check the rows again with Next.</source>
        <translation>Cancelled. Go back, or check the rows again with Next.</translation>
    </message>
    <message>
        <source>Reading and checking {file} …</source>
        <translation>Reading and checking {file} …</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message numerus="yes">
        <source>%n rows read from {file}: {ok} without errors, {invalid} with errors, {warnings} with warnings.</source>
        <translation><numerusform>%n row read from {file}: {ok} without errors, {invalid} with errors, {warnings} with warnings.</numerusform><numerusform>%n rows read from {file}: {ok} without errors, {invalid} with errors, {warnings} with warnings.</numerusform></translation>
    </message>
    <message>
        <source>New organisations: {count}.</source>
        <translation>New organisations: {count}.</translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation>Duplicates</translation>
    </message>
    <message>
        <source>These rows match a record ISA Desk has, or an earlier row of the file. Suspected duplicates (a very similar name) are marked: decide for each.</source>
        <translation>These rows match a record ISA Desk has, or an earlier row of the file. Suspected duplicates (a very similar name) are marked: decide for each.</translation>
    </message>
    <message>
        <source>Skip them (keep the records as they are)</source>
        <translation>Skip them (keep the records as they are)</translation>
    </message>
    <message>
        <source>Update the records with the file's values</source>
        <translation>Update the records with the file's values</translation>
    </message>
    <message>
        <source>Fill only the records' empty fields</source>
        <translation>Fill only the records' empty fields</translation>
    </message>
    <message>
        <source>Nothing has been written yet.</source>
        <translation>Nothing has been written yet.</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>skipped</translation>
    </message>
    <message>
        <source>updated</source>
        <translation>updated</translation>
    </message>
    <message>
        <source>filled</source>
        <translation>filled</translation>
    </message>
    <message numerus="yes">
        <source>%n rows will be imported from {file} as one step that can be undone.</source>
        <translation><numerusform>%n row will be imported from {file} as one step that can be undone.</numerusform><numerusform>%n rows will be imported from {file} as one step that can be undone.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n of them are duplicates; unless chosen otherwise they are {what}.</source>
        <translation><numerusform>%n of them is a duplicate; unless chosen otherwise it is {what}.</numerusform><numerusform>%n of them are duplicates; unless chosen otherwise they are {what}.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n rows with errors are left out.</source>
        <translation><numerusform>%n row with errors is left out.</numerusform><numerusform>%n rows with errors are left out.</numerusform></translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was written.</source>
        <translation>The import was cancelled; nothing was written.</translation>
    </message>
    <message>
        <source>Importing {file} …</source>
        <translation>Importing {file} …</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>The import can be undone here, or later with File › Undo last import.</source>
        <translation>The import can be undone here, or later with File › Undo last import.</translation>
    </message>
    <message>
        <source>Undo this import</source>
        <translation>Undo this import</translation>
    </message>
    <message>
        <source>{created} created, {updated} updated, {skipped} skipped. Duplicates found: {duplicates}.</source>
        <translation>{created} created, {updated} updated, {skipped} skipped. Duplicates found: {duplicates}.</translation>
    </message>
    <message>
        <source>The import was undone.</source>
        <translation>The import was undone.</translation>
    </message>
    <message>
        <source>Encoding:</source>
        <translation>Encoding:</translation>
    </message>
    <message>
        <source>Separator:</source>
        <translation>Separator:</translation>
    </message>
    <message>
        <source>Reading {file} …</source>
        <translation>Reading {file} …</translation>
    </message>
</context>
<context>
    <name>Inquiries</name>
    <message>
        <source>An inquiry cannot be received in the future ({date}).</source>
        <translation>An inquiry cannot be received in the future ({date}).</translation>
    </message>
    <message>
        <source>The chosen city does not exist (any more).</source>
        <translation>The chosen city does not exist (any more).</translation>
    </message>
    <message>
        <source>{city} is already a member of the alliance. An inquiry is for cities that want to join.</source>
        <translation>{city} is already a member of the alliance. An inquiry is for cities that want to join.</translation>
    </message>
    <message>
        <source>{city} already has an open inquiry (status: {status}). Open that one instead of recording a second.</source>
        <translation>{city} already has an open inquiry (status: {status}). Open that one instead of recording a second.</translation>
    </message>
    <message>
        <source>Choose the interested city or enter its name.</source>
        <translation>Choose the interested city or enter its name.</translation>
    </message>
    <message>
        <source>Choose the country of {city}.</source>
        <translation>Choose the country of {city}.</translation>
    </message>
    <message>
        <source>{city} is already in the database. Choose it as an existing city.</source>
        <translation>{city} is already in the database. Choose it as an existing city.</translation>
    </message>
    <message>
        <source>The chosen contact person does not exist (any more).</source>
        <translation>The chosen contact person does not exist (any more).</translation>
    </message>
    <message>
        <source>Choose the contact person or enter a new one.</source>
        <translation>Choose the contact person or enter a new one.</translation>
    </message>
    <message>
        <source>Inquiry received</source>
        <translation>Inquiry received</translation>
    </message>
    <message>
        <source>{year}-{month}-{day}</source>
        <translation>{year}-{month}-{day}</translation>
    </message>
    <message>
        <source>The inquiry {id} does not exist (any more).</source>
        <translation>The inquiry {id} does not exist (any more).</translation>
    </message>
    <message>
        <source>The next follow-up ({date}) lies in the past. Choose today or a later day, or leave it empty.</source>
        <translation>The next follow-up ({date}) lies in the past. Choose today or a later day, or leave it empty.</translation>
    </message>
    <message>
        <source>The inquiry of {city} was accepted; its status cannot change any more. Change the member record of {city} instead.</source>
        <translation>The inquiry of {city} was accepted; its status cannot change any more. Change the member record of {city} instead.</translation>
    </message>
    <message>
        <source>{city} has another open inquiry; this one cannot be reopened. Go on with the open one.</source>
        <translation>{city} has another open inquiry; this one cannot be reopened. Go on with the open one.</translation>
    </message>
    <message>
        <source> (member since {date})</source>
        <translation> (member since {date})</translation>
    </message>
    <message>
        <source>{city} is already a member of the alliance{since}. Nothing was changed. You can close the inquiry as accepted and leave the member record as it is.</source>
        <translation>{city} is already a member of the alliance{since}. Nothing was changed. You can close the inquiry as accepted and leave the member record as it is.</translation>
    </message>
    <message>
        <source>{city} is a member since {date}.</source>
        <translation>{city} is a member since {date}.</translation>
    </message>
    <message>
        <source>Status: {old} → {new}</source>
        <translation>Status: {old} → {new}</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>nobody</translation>
    </message>
    <message>
        <source>Assigned to: {old} → {new}</source>
        <translation>Assigned to: {old} → {new}</translation>
    </message>
    <message>
        <source>An inquiry needs a contact person.</source>
        <translation>An inquiry needs a contact person.</translation>
    </message>
    <message>
        <source>Write what happened: a subject or a text.</source>
        <translation>Write what happened: a subject or a text.</translation>
    </message>
    <message>
        <source>Delete the inquiry of {city}</source>
        <translation>Delete the inquiry of {city}</translation>
    </message>
    <message>
        <source>Delete {count} inquiries</source>
        <translation>Delete {count} inquiries</translation>
    </message>
</context>
<context>
    <name>InquiriesView</name>
    <message>
        <source>Due or overdue</source>
        <translation>Due or overdue</translation>
    </message>
    <message>
        <source>Open inquiries whose follow-up is today or earlier</source>
        <translation>Open inquiries whose follow-up is today or earlier</translation>
    </message>
    <message>
        <source>All countries</source>
        <translation>All countries</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Any status</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Anyone</translation>
    </message>
    <message>
        <source>New inquiry…</source>
        <translation>New inquiry…</translation>
    </message>
    <message>
        <source>Log a call…</source>
        <translation>Log a call…</translation>
    </message>
    <message>
        <source>Move to</source>
        <translation>Move to</translation>
    </message>
    <message>
        <source>List</source>
        <translation>List</translation>
    </message>
    <message>
        <source>Board</source>
        <translation>Board</translation>
    </message>
    <message>
        <source>A column per status: drag a card to change its status</source>
        <translation>A column per status: drag a card to change its status</translation>
    </message>
    <message>
        <source>Search inquiries: city, contact, summary … (Ctrl+F)</source>
        <translation>Search inquiries: city, contact, summary … (Ctrl+F)</translation>
    </message>
    <message>
        <source>{shown} of {total} inquiries</source>
        <translation>{shown} of {total} inquiries</translation>
    </message>
    <message>
        <source>1 inquiry</source>
        <translation>1 inquiry</translation>
    </message>
    <message>
        <source>{count} inquiries</source>
        <translation>{count} inquiries</translation>
    </message>
    <message>
        <source>Log an e-mail, meeting or note…</source>
        <translation>Log an e-mail, meeting or note…</translation>
    </message>
    <message>
        <source>Accepted: becomes a member…</source>
        <translation>Accepted: becomes a member…</translation>
    </message>
    <message>
        <source>Delete inquiry…</source>
        <translation>Delete inquiry…</translation>
    </message>
    <message>
        <source>The board shows every status in its own column</source>
        <translation>The board shows every status in its own column</translation>
    </message>
    <message>
        <source>Delete the inquiry of {city} with its history?</source>
        <translation>Delete the inquiry of {city} with its history?</translation>
    </message>
    <message>
        <source>Delete these {count} inquiries with their history?</source>
        <translation>Delete these {count} inquiries with their history?</translation>
    </message>
    <message>
        <source>The cities and contact persons stay.</source>
        <translation>The cities and contact persons stay.</translation>
    </message>
</context>
<context>
    <name>InquiryActions</name>
    <message>
        <source>Overdue ({days} days)</source>
        <translation>Overdue ({days} days)</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Due today</translation>
    </message>
    <message>
        <source>Accept {city} as a member</source>
        <translation>Accept {city} as a member</translation>
    </message>
    <message>
        <source>Decline the inquiry of {city}</source>
        <translation>Decline the inquiry of {city}</translation>
    </message>
    <message>
        <source>{city} withdrew its inquiry</source>
        <translation>{city} withdrew its inquiry</translation>
    </message>
    <message>
        <source>Member since</source>
        <translation>Member since</translation>
    </message>
    <message>
        <source>Reason or remark for the history (optional)</source>
        <translation>Reason or remark for the history (optional)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>{city} becomes a member of the alliance. Its contacts and organisations stay linked.</source>
        <translation>{city} becomes a member of the alliance. Its contacts and organisations stay linked.</translation>
    </message>
    <message>
        <source>The inquiry of {city} is closed and stays searchable.</source>
        <translation>The inquiry of {city} is closed and stays searchable.</translation>
    </message>
    <message>
        <source>Accept as member</source>
        <translation>Accept as member</translation>
    </message>
    <message>
        <source>Close the inquiry</source>
        <translation>Close the inquiry</translation>
    </message>
    <message>
        <source>Already a member</source>
        <translation>Already a member</translation>
    </message>
    <message>
        <source>Close as accepted, leave the member as it is</source>
        <translation>Close as accepted, leave the member as it is</translation>
    </message>
    <message>
        <source>Status not changed</source>
        <translation>Status not changed</translation>
    </message>
    <message>
        <source>Log an activity: {city}</source>
        <translation>Log an activity: {city}</translation>
    </message>
    <message>
        <source>e.g. Call about the council's decision</source>
        <translation>e.g. Call about the council's decision</translation>
    </message>
    <message>
        <source>What was said or agreed</source>
        <translation>What was said or agreed</translation>
    </message>
    <message>
        <source>With</source>
        <translation>With</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Next follow-up</source>
        <translation>Next follow-up</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Not saved</translation>
    </message>
</context>
<context>
    <name>InquiryBoard</name>
    <message>
        <source>{days} days</source>
        <translation>{days} days</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <source>No follow-up</source>
        <translation>No follow-up</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Due today</translation>
    </message>
    <message>
        <source>{count} more in the list</source>
        <translation>{count} more in the list</translation>
    </message>
</context>
<context>
    <name>InquiryDialog</name>
    <message>
        <source>Type a name, e-mail or Chinese name</source>
        <translation>Type a name, e-mail or Chinese name</translation>
    </message>
    <message>
        <source>No contact found. Choose “New contact” to enter one.</source>
        <translation>No contact found. Choose “New contact” to enter one.</translation>
    </message>
    <message>
        <source>This city has no contacts yet. Type to search, or enter a new contact.</source>
        <translation>This city has no contacts yet. Type to search, or enter a new contact.</translation>
    </message>
    <message>
        <source>Type to find a contact.</source>
        <translation>Type to find a contact.</translation>
    </message>
    <message>
        <source>New membership inquiry</source>
        <translation>New membership inquiry</translation>
    </message>
    <message>
        <source>Interested city</source>
        <translation>Interested city</translation>
    </message>
    <message>
        <source>Existing city</source>
        <translation>Existing city</translation>
    </message>
    <message>
        <source>New city</source>
        <translation>New city</translation>
    </message>
    <message>
        <source>Type to find a prospect or applicant</source>
        <translation>Type to find a prospect or applicant</translation>
    </message>
    <message>
        <source>City</source>
        <translation>City</translation>
    </message>
    <message>
        <source>e.g. 佛山市</source>
        <translation>e.g. 佛山市</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Name in Chinese characters</source>
        <translation>Name in Chinese characters</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Country</translation>
    </message>
    <message>
        <source>State/province</source>
        <translation>State/province</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Contact person</translation>
    </message>
    <message>
        <source>Existing contact</source>
        <translation>Existing contact</translation>
    </message>
    <message>
        <source>New contact</source>
        <translation>New contact</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Gender</translation>
    </message>
    <message>
        <source>Academic title</source>
        <translation>Academic title</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Given name</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Family name</translation>
    </message>
    <message>
        <source>Office or position</source>
        <translation>Office or position</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Inquiry</source>
        <translation>Inquiry</translation>
    </message>
    <message>
        <source>What does the city want to know or achieve?</source>
        <translation>What does the city want to know or achieve?</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>Received on</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>Assigned to</translation>
    </message>
    <message>
        <source>Next follow-up</source>
        <translation>Next follow-up</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>1 contact</source>
        <translation>1 contact</translation>
    </message>
    <message>
        <source>{count} contacts</source>
        <translation>{count} contacts</translation>
    </message>
</context>
<context>
    <name>InquiryEditor</name>
    <message>
        <source>No entries yet.</source>
        <translation>No entries yet.</translation>
    </message>
    <message>
        <source>Accept as member…</source>
        <translation>Accept as member…</translation>
    </message>
    <message>
        <source>Decline…</source>
        <translation>Decline…</translation>
    </message>
    <message>
        <source>Withdrawn…</source>
        <translation>Withdrawn…</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Reopen</translation>
    </message>
    <message>
        <source>Take the inquiry up again (status: in contact)</source>
        <translation>Take the inquiry up again (status: in contact)</translation>
    </message>
    <message>
        <source>Inquiry</source>
        <translation>Inquiry</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Contact person</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>Received on</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>Assigned to</translation>
    </message>
    <message>
        <source>Next follow-up</source>
        <translation>Next follow-up</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <source>now</source>
        <translation>now</translation>
    </message>
    <message>
        <source>When it happened (now, unless you type a time)</source>
        <translation>When it happened (now, unless you type a time)</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>What happened: a call, an e-mail, a meeting …</source>
        <translation>What happened: a call, an e-mail, a meeting …</translation>
    </message>
    <message>
        <source>Add to history</source>
        <translation>Add to history</translation>
    </message>
    <message>
        <source>Inquiry: {city}</source>
        <translation>Inquiry: {city}</translation>
    </message>
    <message>
        <source>received {date}</source>
        <translation>received {date}</translation>
    </message>
    <message>
        <source>{status} on {date}</source>
        <translation>{status} on {date}</translation>
    </message>
</context>
<context>
    <name>InquiryOverview</name>
    <message numerus="yes">
        <source>%n follow-ups overdue</source>
        <translation><numerusform>%n follow-up overdue</numerusform><numerusform>%n follow-ups overdue</numerusform></translation>
    </message>
    <message>
        <source>1 due today</source>
        <translation>1 due today</translation>
    </message>
    <message>
        <source>{count} due today</source>
        <translation>{count} due today</translation>
    </message>
    <message>
        <source>Membership inquiries</source>
        <translation>Membership inquiries</translation>
    </message>
    <message>
        <source>Due and overdue follow-ups</source>
        <translation>Due and overdue follow-ups</translation>
    </message>
    <message>
        <source>Nothing is due. Well done.</source>
        <translation>Nothing is due. Well done.</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <source>City</source>
        <translation>City</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Contact person</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Show all that is due ({text})</source>
        <translation>Show all that is due ({text})</translation>
    </message>
    <message>
        <source>Open inquiries per status: {count}</source>
        <translation>Open inquiries per status: {count}</translation>
    </message>
    <message>
        <source>Closed: {counts}</source>
        <translation>Closed: {counts}</translation>
    </message>
    <message>
        <source>Click to list the inquiries that are due</source>
        <translation>Click to list the inquiries that are due</translation>
    </message>
    <message>
        <source>Inquiries: {text}</source>
        <translation>Inquiries: {text}</translation>
    </message>
</context>
<context>
    <name>InviteDialog</name>
    <message>
        <source>Invite to the event</source>
        <translation>Invite to the event</translation>
    </message>
    <message>
        <source>Invite to “{event}”</source>
        <translation>Invite to “{event}”</translation>
    </message>
    <message>
        <source>Choose one or more sources; they add up. People already on the list keep their status. Inactive contacts of a tag or member are left out.</source>
        <translation>Choose one or more sources; they add up. People already on the list keep their status. Inactive contacts of a tag or member are left out.</translation>
    </message>
    <message>
        <source>Invite</source>
        <translation>Invite</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <source>Contacts with the tag</source>
        <translation>Contacts with the tag</translation>
    </message>
    <message>
        <source>The contacts selected in the Contacts list ({count})</source>
        <translation>The contacts selected in the Contacts list ({count})</translation>
    </message>
    <message>
        <source>All contacts the Contacts list shows with its search and filters ({count})</source>
        <translation>All contacts the Contacts list shows with its search and filters ({count})</translation>
    </message>
    <message>
        <source>All contacts of these members:</source>
        <translation>All contacts of these members:</translation>
    </message>
    <message>
        <source>Filter members</source>
        <translation>Filter members</translation>
    </message>
    <message>
        <source>Nobody invited</source>
        <translation>Nobody invited</translation>
    </message>
    <message numerus="yes">
        <source>%n left out without consent for “{purpose}”: {names}</source>
        <translation><numerusform>%n left out without consent for “{purpose}”: {names}</numerusform><numerusform>%n left out without consent for “{purpose}”: {names}</numerusform></translation>
    </message>
    <message>
        <source>{count} invited</source>
        <translation>{count} invited</translation>
    </message>
    <message numerus="yes">
        <source>%n were on the list already</source>
        <translation><numerusform>%n was on the list already</numerusform><numerusform>%n were on the list already</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n inactive contacts left out</source>
        <translation><numerusform>%n inactive contact left out</numerusform><numerusform>%n inactive contacts left out</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n left out without consent</source>
        <translation><numerusform>%n left out without consent</numerusform><numerusform>%n left out without consent</numerusform></translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>(not stated)</source>
        <translation>(not stated)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Prospect</source>
        <translation>Prospect</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <source>Guest</source>
        <translation>Guest</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Member</translation>
    </message>
    <message>
        <source>Former member</source>
        <translation>Former member</translation>
    </message>
    <message>
        <source>City</source>
        <translation>City</translation>
    </message>
    <message>
        <source>District</source>
        <translation>District</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>City network</source>
        <translation>City network</translation>
    </message>
    <message>
        <source>City administration</source>
        <translation>City administration</translation>
    </message>
    <message>
        <source>Economic development agency</source>
        <translation>Economic development agency</translation>
    </message>
    <message>
        <source>Chamber</source>
        <translation>Chamber</translation>
    </message>
    <message>
        <source>Ministry or agency</source>
        <translation>Ministry or agency</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Company</translation>
    </message>
    <message>
        <source>Press</source>
        <translation>Press</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Female</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Male</translation>
    </message>
    <message>
        <source>Diverse</source>
        <translation>Diverse</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unknown</translation>
    </message>
    <message>
        <source>Given name first</source>
        <translation>Given name first</translation>
    </message>
    <message>
        <source>Family name first</source>
        <translation>Family name first</translation>
    </message>
    <message>
        <source>German</source>
        <translation>German</translation>
    </message>
    <message>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>Chinese</translation>
    </message>
    <message>
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <source>In contact</source>
        <translation>In contact</translation>
    </message>
    <message>
        <source>Documents sent</source>
        <translation>Documents sent</translation>
    </message>
    <message>
        <source>Application received</source>
        <translation>Application received</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Declined</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Withdrawn</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Letter</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Event</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Call</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <source>No answer yet</source>
        <translation>No answer yet</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Registered</translation>
    </message>
    <message>
        <source>Declined</source>
        <comment>participation</comment>
        <translation>Declined</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>Attended</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>No-show</translation>
    </message>
    <message>
        <source>Newsletter</source>
        <translation>Newsletter</translation>
    </message>
    <message>
        <source>Invitations</source>
        <translation>Invitations</translation>
    </message>
    <message>
        <source>Press list</source>
        <translation>Press list</translation>
    </message>
    <message>
        <source>Sharing with the secretariat in Foshan</source>
        <translation>Sharing with the secretariat in Foshan</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Changed</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Deleted</translation>
    </message>
    <message>
        <source>Erased for good</source>
        <translation>Erased for good</translation>
    </message>
    <message>
        <source>Sent through the mail server</source>
        <translation>Sent through the mail server</translation>
    </message>
    <message>
        <source>Written as drafts</source>
        <translation>Written as drafts</translation>
    </message>
    <message>
        <source>Not yet accepted</source>
        <translation>Not yet accepted</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Sent</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refused</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Skipped</translation>
    </message>
</context>
<context>
    <name>Letters</name>
    <message>
        <source>The letter font {path} is missing: reinstall ISA Desk.</source>
        <translation>The letter font {path} is missing: reinstall ISA Desk.</translation>
    </message>
    <message>
        <source>Letter from the template “{template}”.</source>
        <translation>Letter from the template “{template}”.</translation>
    </message>
    <message>
        <source>The template “{template}” uses the unknown merge field “{field}”. Correct the template; no letter was made.</source>
        <translation>The template “{template}” uses the unknown merge field “{field}”. Correct the template; no letter was made.</translation>
    </message>
    <message>
        <source>The template “{template}” uses the merge field “{field}”: choose an event.</source>
        <translation>The template “{template}” uses the merge field “{field}”: choose an event.</translation>
    </message>
    <message>
        <source>the salutation by the rules, or the contact's own</source>
        <translation>the salutation by the rules, or the contact's own</translation>
    </message>
    <message>
        <source>the letter's date in words</source>
        <translation>the letter's date in words</translation>
    </message>
    <message>
        <source>academic title</source>
        <translation>academic title</translation>
    </message>
    <message>
        <source>given name</source>
        <translation>given name</translation>
    </message>
    <message>
        <source>family name</source>
        <translation>family name</translation>
    </message>
    <message>
        <source>name in the person's own order</source>
        <translation>name in the person's own order</translation>
    </message>
    <message>
        <source>name in Chinese characters</source>
        <translation>name in Chinese characters</translation>
    </message>
    <message>
        <source>office or position</source>
        <translation>office or position</translation>
    </message>
    <message>
        <source>department</source>
        <translation>department</translation>
    </message>
    <message>
        <source>e-mail address</source>
        <translation>e-mail address</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>organisation</translation>
    </message>
    <message>
        <source>organisation in Chinese characters</source>
        <translation>organisation in Chinese characters</translation>
    </message>
    <message>
        <source>organisation's town</source>
        <translation>organisation's town</translation>
    </message>
    <message>
        <source>member city or region</source>
        <translation>member city or region</translation>
    </message>
    <message>
        <source>member in Chinese characters</source>
        <translation>member in Chinese characters</translation>
    </message>
    <message>
        <source>event title</source>
        <translation>event title</translation>
    </message>
    <message>
        <source>event date in words</source>
        <translation>event date in words</translation>
    </message>
    <message>
        <source>event start and end time</source>
        <translation>event start and end time</translation>
    </message>
    <message>
        <source>event place</source>
        <translation>event place</translation>
    </message>
    <message>
        <source>registration deadline</source>
        <translation>registration deadline</translation>
    </message>
    <message>
        <source>event description</source>
        <translation>event description</translation>
    </message>
    <message>
        <source>sender's organisation</source>
        <translation>sender's organisation</translation>
    </message>
    <message>
        <source>sender's contact person</source>
        <translation>sender's contact person</translation>
    </message>
    <message>
        <source>sender's e-mail address</source>
        <translation>sender's e-mail address</translation>
    </message>
    <message>
        <source>sender's phone number</source>
        <translation>sender's phone number</translation>
    </message>
    <message>
        <source>sender's website</source>
        <translation>sender's website</translation>
    </message>
    <message>
        <source>Correspondence – no consent needed</source>
        <translation>Correspondence – no consent needed</translation>
    </message>
    <message>
        <source>no consent for “{purpose}”</source>
        <translation>no consent for “{purpose}”</translation>
    </message>
    <message>
        <source>There is no member “{member}”.</source>
        <translation>There is no member “{member}”.</translation>
    </message>
    <message>
        <source>There is no tag “{tag}”.</source>
        <translation>There is no tag “{tag}”.</translation>
    </message>
    <message>
        <source>does not want post</source>
        <translation>does not want post</translation>
    </message>
    <message>
        <source>inactive</source>
        <translation>inactive</translation>
    </message>
    <message>
        <source>no postal address</source>
        <translation>no postal address</translation>
    </message>
    <message>
        <source>There is no contact with the id {ids}.</source>
        <translation>There is no contact with the id {ids}.</translation>
    </message>
    <message>
        <source>The letter form must be A or B.</source>
        <translation>The letter form must be A or B.</translation>
    </message>
    <message>
        <source>Enter the sender's organisation.</source>
        <translation>Enter the sender's organisation.</translation>
    </message>
    <message>
        <source>There is no letter template “{key}”. Templates: {keys}.</source>
        <translation>There is no letter template “{key}”. Templates: {keys}.</translation>
    </message>
    <message>
        <source>The key is a short name of lower-case letters, digits, - and _, e.g. einladung-2022.</source>
        <translation>The key is a short name of lower-case letters, digits, - and _, e.g. einladung-2022.</translation>
    </message>
    <message>
        <source>Enter a name for the template.</source>
        <translation>Enter a name for the template.</translation>
    </message>
    <message>
        <source>Choose the letter's language.</source>
        <translation>Choose the letter's language.</translation>
    </message>
    <message>
        <source>A template with the key “{key}” exists already.</source>
        <translation>A template with the key “{key}” exists already.</translation>
    </message>
    <message>
        <source>The template was deleted meanwhile.</source>
        <translation>The template was deleted meanwhile.</translation>
    </message>
    <message>
        <source>The key of a built-in template cannot change.</source>
        <translation>The key of a built-in template cannot change.</translation>
    </message>
    <message>
        <source>A built-in template cannot be deleted; reset it instead.</source>
        <translation>A built-in template cannot be deleted; reset it instead.</translation>
    </message>
    <message>
        <source>“{key}” is not a built-in template.</source>
        <translation>“{key}” is not a built-in template.</translation>
    </message>
    <message>
        <source>Serienbrief – mail-merge letters</source>
        <translation>Serienbrief – mail-merge letters</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Letter</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Template</translation>
    </message>
    <message>
        <source>(no event)</source>
        <translation>(no event)</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Event</translation>
    </message>
    <message>
        <source>Date of the letters</source>
        <translation>Date of the letters</translation>
    </message>
    <message>
        <source>DIN 5008 Form B (letterhead 45 mm)</source>
        <translation>DIN 5008 Form B (letterhead 45 mm)</translation>
    </message>
    <message>
        <source>DIN 5008 Form A (letterhead 27 mm)</source>
        <translation>DIN 5008 Form A (letterhead 27 mm)</translation>
    </message>
    <message>
        <source>Sender…</source>
        <translation>Sender…</translation>
    </message>
    <message>
        <source>Layout</source>
        <translation>Layout</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Recipients</translation>
    </message>
    <message>
        <source>Selected contacts ({count})</source>
        <translation>Selected contacts ({count})</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Member</translation>
    </message>
    <message>
        <source>Participants of the event</source>
        <translation>Participants of the event</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Output</translation>
    </message>
    <message>
        <source>One PDF for printing</source>
        <translation>One PDF for printing</translation>
    </message>
    <message>
        <source>One PDF per recipient</source>
        <translation>One PDF per recipient</translation>
    </message>
    <message>
        <source>Address labels (3 × 8)</source>
        <translation>Address labels (3 × 8)</translation>
    </message>
    <message>
        <source>Open the result when done</source>
        <translation>Open the result when done</translation>
    </message>
    <message>
        <source>◀ Previous</source>
        <translation>◀ Previous</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>Next ▶</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Make letters</source>
        <translation>Make letters</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Choose a template.</source>
        <translation>Choose a template.</translation>
    </message>
    <message numerus="yes">
        <source>%n letters.</source>
        <translation><numerusform>%n letter.</numerusform><numerusform>%n letters.</numerusform></translation>
    </message>
    <message>
        <source>Without consent for “{purpose}”: {count}.</source>
        <translation>Without consent for “{purpose}”: {count}.</translation>
    </message>
    <message>
        <source>Skipped {count}: {names}</source>
        <translation>Skipped {count}: {names}</translation>
    </message>
    <message>
        <source>and {count} more</source>
        <translation>and {count} more</translation>
    </message>
    <message>
        <source>No recipient: choose others.</source>
        <translation>No recipient: choose others.</translation>
    </message>
    <message>
        <source>Letter {number} of {count}: {name}</source>
        <translation>Letter {number} of {count}: {name}</translation>
    </message>
    <message numerus="yes">
        <source>%n letters, {pages} written.</source>
        <translation><numerusform>%n letter, {pages} written.</numerusform><numerusform>%n letters, {pages} written.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n pages</source>
        <translation><numerusform>%n page</numerusform><numerusform>%n pages</numerusform></translation>
    </message>
    <message>
        <source>Cancelled: no letter was kept.</source>
        <translation>Cancelled: no letter was kept.</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Folder</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>Save as</translation>
    </message>
    <message>
        <source>Letterhead title</source>
        <translation>Letterhead title</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Street</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <source>Town</source>
        <translation>Town</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Fax</source>
        <translation>Fax</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Contact person</translation>
    </message>
    <message>
        <source>Return line (above the address)</source>
        <translation>Return line (above the address)</translation>
    </message>
    <message>
        <source>Footer</source>
        <translation>Footer</translation>
    </message>
    <message>
        <source>Signature: name</source>
        <translation>Signature: name</translation>
    </message>
    <message>
        <source>Signature: function</source>
        <translation>Signature: function</translation>
    </message>
    <message>
        <source>Logo (PNG or JPEG)</source>
        <translation>Logo (PNG or JPEG)</translation>
    </message>
    <message>
        <source>Sender of the letters</source>
        <translation>Sender of the letters</translation>
    </message>
    <message>
        <source>Names in Chinese characters after the Latin ones in the address</source>
        <translation>Names in Chinese characters after the Latin ones in the address</translation>
    </message>
    <message>
        <source>Berlin office</source>
        <translation>Berlin office</translation>
    </message>
    <message>
        <source>Fill in the Berlin office's data</source>
        <translation>Fill in the Berlin office's data</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg)</source>
        <translation>Images (*.png *.jpg)</translation>
    </message>
    <message>
        <source>Letter templates</source>
        <translation>Letter templates</translation>
    </message>
    <message>
        <source>The text after the salutation. A blank line starts a new paragraph; a line starting with “- ” is a bullet point.</source>
        <translation>The text after the salutation. A blank line starts a new paragraph; a line starting with “- ” is a bullet point.</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Key</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Closing</source>
        <translation>Closing</translation>
    </message>
    <message>
        <source>Merge fields (double-click inserts at the cursor; an empty signature takes the sender's):</source>
        <translation>Merge fields (double-click inserts at the cursor; an empty signature takes the sender's):</translation>
    </message>
    <message>
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Reset</translation>
    </message>
    <message>
        <source>Give the template “{key}” its original text back?</source>
        <translation>Give the template “{key}” its original text back?</translation>
    </message>
    <message>
        <source>Delete the template “{key}”?</source>
        <translation>Delete the template “{key}”?</translation>
    </message>
    <message>
        <source>The template “{key}” is written in {written}; for the recipients who read {wanted}, choose a template in {wanted}.</source>
        <translation>The template “{key}” is written in {written}; for the recipients who read {wanted}, choose a template in {wanted}.</translation>
    </message>
    <message numerus="yes">
        <source>%n in {language}</source>
        <translation><numerusform>%n in {language}</numerusform><numerusform>%n in {language}</numerusform></translation>
    </message>
    <message>
        <source>By language: {counts}.</source>
        <translation>By language: {counts}.</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Languages</translation>
    </message>
    <message>
        <source>Each recipient in their preferred language</source>
        <translation>Each recipient in their preferred language</translation>
    </message>
    <message>
        <source>Recipients get the template chosen for their language; without one, the built-in template of the same family, else the template above.</source>
        <translation>Recipients get the template chosen for their language; without one, the built-in template of the same family, else the template above.</translation>
    </message>
    <message>
        <source>Addresses in China in Chinese order (中国 … 收)</source>
        <translation>Addresses in China in Chinese order (中国 … 收)</translation>
    </message>
    <message>
        <source>(automatic)</source>
        <translation>(automatic)</translation>
    </message>
    <message>
        <source>Contacts without consent in force for this purpose are left out and listed.</source>
        <translation>Contacts without consent in force for this purpose are left out and listed.</translation>
    </message>
</context>
<context>
    <name>ListArea</name>
    <message>
        <source>Click to show all records again</source>
        <translation>Click to show all records again</translation>
    </message>
    <message>
        <source>Search (Ctrl+F)</source>
        <translation>Search (Ctrl+F)</translation>
    </message>
    <message>
        <source>{shown} of {total}</source>
        <translation>{shown} of {total}</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Columns</translation>
    </message>
    <message>
        <source>Default columns</source>
        <translation>Default columns</translation>
    </message>
</context>
<context>
    <name>LiveUpdates</name>
    <message>
        <source>Reload</source>
        <translation>Reload</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Keep editing</translation>
    </message>
    <message>
        <source>The form shows the new values.</source>
        <translation>The form shows the new values.</translation>
    </message>
    <message>
        <source>Changed by someone else at {time}.</source>
        <translation>Changed by someone else at {time}.</translation>
    </message>
    <message>
        <source>Changed by {user} at {time}.</source>
        <translation>Changed by {user} at {time}.</translation>
    </message>
</context>
<context>
    <name>Mail</name>
    <message>
        <source>does not want e-mails</source>
        <translation>does not want e-mails</translation>
    </message>
    <message>
        <source>no e-mail address</source>
        <translation>no e-mail address</translation>
    </message>
    <message>
        <source>invalid e-mail address</source>
        <translation>invalid e-mail address</translation>
    </message>
    <message>
        <source>The sender's e-mail address “{address}” is not valid: correct it in the letters' sender settings.</source>
        <translation>The sender's e-mail address “{address}” is not valid: correct it in the letters' sender settings.</translation>
    </message>
    <message>
        <source>The file {path} cannot be attached: {reason}.</source>
        <translation>The file {path} cannot be attached: {reason}.</translation>
    </message>
    <message>
        <source>The attachments are too large together from {path} on: at most {mb} MB fit in one e-mail.</source>
        <translation>The attachments are too large together from {path} on: at most {mb} MB fit in one e-mail.</translation>
    </message>
    <message>
        <source>“{url}” is no mail server: write smtp://USER@HOST:PORT or smtps://…</source>
        <translation>“{url}” is no mail server: write smtp://USER@HOST:PORT or smtps://…</translation>
    </message>
    <message>
        <source>Leave the password out of the server's address: it is kept in the system's password store or in ISA_DESK_SMTP_PASSWORD.</source>
        <translation>Leave the password out of the server's address: it is kept in the system's password store or in ISA_DESK_SMTP_PASSWORD.</translation>
    </message>
    <message>
        <source>The server {host} refused the login of {user}: {answer}</source>
        <translation>The server {host} refused the login of {user}: {answer}</translation>
    </message>
    <message>
        <source>The server {host} offers no encrypted connection (STARTTLS); try smtps:// and port 465.</source>
        <translation>The server {host} offers no encrypted connection (STARTTLS); try smtps:// and port 465.</translation>
    </message>
    <message>
        <source>the secure connection failed ({reason})</source>
        <translation>the secure connection failed ({reason})</translation>
    </message>
    <message>
        <source>the name is not known</source>
        <translation>the name is not known</translation>
    </message>
    <message>
        <source>no answer in time</source>
        <translation>no answer in time</translation>
    </message>
    <message>
        <source>No connection to the mail server {host}:{port}: {reason}.</source>
        <translation>No connection to the mail server {host}:{port}: {reason}.</translation>
    </message>
    <message>
        <source>the server takes no addresses in non-Latin script</source>
        <translation>the server takes no addresses in non-Latin script</translation>
    </message>
    <message>
        <source>The connection to the mail server {host} was lost: {reason}.</source>
        <translation>The connection to the mail server {host} was lost: {reason}.</translation>
    </message>
    <message>
        <source>The server {host} refused the sender {address}: {answer}</source>
        <translation>The server {host} refused the sender {address}: {answer}</translation>
    </message>
    <message>
        <source>There is no password for {account}: store it in the system's password store (service "ISA Desk SMTP") or set ISA_DESK_SMTP_PASSWORD.</source>
        <translation>There is no password for {account}: store it in the system's password store (service "ISA Desk SMTP") or set ISA_DESK_SMTP_PASSWORD.</translation>
    </message>
    <message>
        <source>There is no mailing {id}.</source>
        <translation>There is no mailing {id}.</translation>
    </message>
    <message>
        <source>E-mail draft of the mailing {id} (template “{template}”) to {address}, written to {file}.</source>
        <translation>E-mail draft of the mailing {id} (template “{template}”) to {address}, written to {file}.</translation>
    </message>
    <message>
        <source>E-mail of the mailing {id} (template “{template}”) to {address}.</source>
        <translation>E-mail of the mailing {id} (template “{template}”) to {address}.</translation>
    </message>
    <message>
        <source>as .eml drafts</source>
        <translation>as .eml drafts</translation>
    </message>
    <message>
        <source>through a mail server</source>
        <translation>through a mail server</translation>
    </message>
    <message>
        <source>The mailing {id} was started {how}: continue it the same way.</source>
        <translation>The mailing {id} was started {how}: continue it the same way.</translation>
    </message>
    <message>
        <source>The mailing {id} cannot be locked for sending: {reason}</source>
        <translation>The mailing {id} cannot be locked for sending: {reason}</translation>
    </message>
    <message>
        <source>The mailing {id} is being sent right now by {user} on {computer}. Wait until that run has finished; then resume the mailing to send what is left.</source>
        <translation>The mailing {id} is being sent right now by {user} on {computer}. Wait until that run has finished; then resume the mailing to send what is left.</translation>
    </message>
    <message>
        <source>The mailing {id} is being sent right now from another computer or program. Wait until that run has finished; then resume the mailing to send what is left.</source>
        <translation>The mailing {id} is being sent right now from another computer or program. Wait until that run has finished; then resume the mailing to send what is left.</translation>
    </message>
    <message>
        <source>Enter the address to send the test to.</source>
        <translation>Enter the address to send the test to.</translation>
    </message>
    <message>
        <source>the contact was deleted</source>
        <translation>the contact was deleted</translation>
    </message>
    <message>
        <source>Mailing {id}: {sent} sent, {pending} not yet; resume it to send the rest.</source>
        <translation>Mailing {id}: {sent} sent, {pending} not yet; resume it to send the rest.</translation>
    </message>
</context>
<context>
    <name>MailDialog</name>
    <message>
        <source>Serien-E-Mail – mail merge by e-mail</source>
        <translation>Serien-E-Mail – mail merge by e-mail</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Attach the personal letter as PDF</source>
        <translation>Attach the personal letter as PDF</translation>
    </message>
    <message>
        <source>Send through</source>
        <translation>Send through</translation>
    </message>
    <message>
        <source>Server…</source>
        <translation>Server…</translation>
    </message>
    <message>
        <source>As .eml files into</source>
        <translation>As .eml files into</translation>
    </message>
    <message>
        <source>One draft per recipient, which Outlook opens ready to send.</source>
        <translation>One draft per recipient, which Outlook opens ready to send.</translation>
    </message>
    <message>
        <source>Send test to myself…</source>
        <translation>Send test to myself…</translation>
    </message>
    <message>
        <source>Send…</source>
        <translation>Send…</translation>
    </message>
    <message>
        <source>(no mail server set up yet)</source>
        <translation>(no mail server set up yet)</translation>
    </message>
    <message numerus="yes">
        <source>%n e-mails.</source>
        <translation><numerusform>%n e-mail.</numerusform><numerusform>%n e-mails.</numerusform></translation>
    </message>
    <message>
        <source>No recipient gets an e-mail.</source>
        <translation>No recipient gets an e-mail.</translation>
    </message>
    <message>
        <source>E-mail {number} of {count}: {name}</source>
        <translation>E-mail {number} of {count}: {name}</translation>
    </message>
    <message numerus="yes">
        <source>Resume the mailing of {date} (%n not sent yet)</source>
        <translation><numerusform>Resume the mailing of {date} (%n not sent yet)</numerusform><numerusform>Resume the mailing of {date} (%n not sent yet)</numerusform></translation>
    </message>
    <message>
        <source>Folder for the .eml files</source>
        <translation>Folder for the .eml files</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>To:</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Subject:</translation>
    </message>
    <message>
        <source>Attachments:</source>
        <translation>Attachments:</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>Copy the list</source>
        <translation>Copy the list</translation>
    </message>
    <message>
        <source>Back to the preview</source>
        <translation>Back to the preview</translation>
    </message>
    <message>
        <source>Sent ({count}):</source>
        <translation>Sent ({count}):</translation>
    </message>
    <message>
        <source>Refused ({count}):</source>
        <translation>Refused ({count}):</translation>
    </message>
    <message>
        <source>Not sent yet ({count}):</source>
        <translation>Not sent yet ({count}):</translation>
    </message>
    <message>
        <source>Skipped ({count}):</source>
        <translation>Skipped ({count}):</translation>
    </message>
    <message>
        <source>Written ({count}):</source>
        <translation>Written ({count}):</translation>
    </message>
    <message>
        <source>Files attached to every e-mail</source>
        <translation>Files attached to every e-mail</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Add…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Attach files</translation>
    </message>
    <message numerus="yes">
        <source>Send the %n e-mails that the mailing of {date} has not sent yet?</source>
        <translation><numerusform>Send the %n e-mail that the mailing of {date} has not sent yet?</numerusform><numerusform>Send the %n e-mails that the mailing of {date} has not sent yet?</numerusform></translation>
    </message>
    <message>
        <source>Send test to myself</source>
        <translation>Send test to myself</translation>
    </message>
    <message>
        <source>The message to {name} goes to this address instead:</source>
        <translation>The message to {name} goes to this address instead:</translation>
    </message>
    <message>
        <source>Set up the mail server the e-mails go through.</source>
        <translation>Set up the mail server the e-mails go through.</translation>
    </message>
    <message>
        <source>Enter the password for {account}.</source>
        <translation>Enter the password for {account}.</translation>
    </message>
    <message numerus="yes">
        <source>Write %n e-mails into {folder}?</source>
        <translation><numerusform>Write %n e-mail into {folder}?</numerusform><numerusform>Write %n e-mails into {folder}?</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Send %n e-mails through {server}?</source>
        <translation><numerusform>Send %n e-mail through {server}?</numerusform><numerusform>Send %n e-mails through {server}?</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n recipients are skipped: {names}</source>
        <translation><numerusform>%n recipient is skipped: {names}</numerusform><numerusform>%n recipients are skipped: {names}</numerusform></translation>
    </message>
    <message>
        <source>A mailing of this template to these recipients did not finish: a new one goes to everyone again. To send only what is missing, choose “Resume” instead.</source>
        <translation>A mailing of this template to these recipients did not finish: a new one goes to everyone again. To send only what is missing, choose “Resume” instead.</translation>
    </message>
    <message>
        <source>Serien-E-Mail</source>
        <translation>Serien-E-Mail</translation>
    </message>
    <message numerus="yes">
        <source>Mailing {id}: %n e-mails written to {folder}.</source>
        <translation><numerusform>Mailing {id}: %n e-mail written to {folder}.</numerusform><numerusform>Mailing {id}: %n e-mails written to {folder}.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Mailing {id}: %n e-mails sent.</source>
        <translation><numerusform>Mailing {id}: %n e-mail sent.</numerusform><numerusform>Mailing {id}: %n e-mails sent.</numerusform></translation>
    </message>
    <message>
        <source>Not every e-mail was accepted: see the list.</source>
        <translation>Not every e-mail was accepted: see the list.</translation>
    </message>
    <message>
        <source>Test message written to {file}.</source>
        <translation>Test message written to {file}.</translation>
    </message>
    <message>
        <source>Test message to {address} sent: {answer}</source>
        <translation>Test message to {address} sent: {answer}</translation>
    </message>
    <message>
        <source>The server did not accept the test message: {answer}</source>
        <translation>The server did not accept the test message: {answer}</translation>
    </message>
    <message>
        <source>Cancelled: nothing was sent.</source>
        <translation>Cancelled: nothing was sent.</translation>
    </message>
    <message>
        <source>Mail server</source>
        <translation>Mail server</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>STARTTLS (usually port 587)</source>
        <translation>STARTTLS (usually port 587)</translation>
    </message>
    <message>
        <source>SSL/TLS (usually port 465)</source>
        <translation>SSL/TLS (usually port 465)</translation>
    </message>
    <message>
        <source>Encryption</source>
        <translation>Encryption</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Remember the password in the system's password store</source>
        <translation>Remember the password in the system's password store</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Mail servers limit how many messages one may send a minute: wait this long between two.</source>
        <translation>Mail servers limit how many messages one may send a minute: wait this long between two.</translation>
    </message>
    <message>
        <source>Pause between e-mails</source>
        <translation>Pause between e-mails</translation>
    </message>
    <message>
        <source>(kept in the password store)</source>
        <translation>(kept in the password store)</translation>
    </message>
    <message>
        <source>Enter the name of the mail server, e.g. smtp.example.org.</source>
        <translation>Enter the name of the mail server, e.g. smtp.example.org.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Open database…</source>
        <translation>&amp;Open database…</translation>
    </message>
    <message>
        <source>&amp;New database…</source>
        <translation>&amp;New database…</translation>
    </message>
    <message>
        <source>&amp;Backups…</source>
        <translation>&amp;Backups…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;New</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Copy rows</source>
        <translation>&amp;Copy rows</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Find</translation>
    </message>
    <message>
        <source>Find du&amp;plicates…</source>
        <translation>Find du&amp;plicates…</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Reload</translation>
    </message>
    <message>
        <source>&amp;Audit trail…</source>
        <translation>&amp;Audit trail…</translation>
    </message>
    <message>
        <source>&amp;Privacy and retention…</source>
        <translation>&amp;Privacy and retention…</translation>
    </message>
    <message>
        <source>&amp;About ISA Desk</source>
        <translation>&amp;About ISA Desk</translation>
    </message>
    <message>
        <source>&amp;Serienbrief…</source>
        <translation>&amp;Serienbrief…</translation>
    </message>
    <message>
        <source>Mail merge by &amp;e-mail…</source>
        <translation>Mail merge by &amp;e-mail…</translation>
    </message>
    <message>
        <source>Letter &amp;templates…</source>
        <translation>Letter &amp;templates…</translation>
    </message>
    <message>
        <source>&amp;Sender of the letters…</source>
        <translation>&amp;Sender of the letters…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Columns</source>
        <translation>&amp;Columns</translation>
    </message>
    <message>
        <source>&amp;Letters</source>
        <translation>&amp;Letters</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>Choose a list first</source>
        <translation>Choose a list first</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Main toolbar</translation>
    </message>
    <message>
        <source>ISA Desk</source>
        <translation>ISA Desk</translation>
    </message>
    <message>
        <source>Opening the database…</source>
        <translation>Opening the database…</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Overview</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Members</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>Inquiries</source>
        <translation>Inquiries</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Events</translation>
    </message>
    <message>
        <source>ISA Desk – {name}</source>
        <translation>ISA Desk – {name}</translation>
    </message>
    <message>
        <source>Database: {location}</source>
        <translation>Database: {location}</translation>
    </message>
    <message>
        <source>{count} selected</source>
        <translation>{count} selected</translation>
    </message>
    <message>
        <source>&amp;Undo: {what}</source>
        <translation>&amp;Undo: {what}</translation>
    </message>
    <message numerus="yes">
        <source>%n rows copied</source>
        <translation><numerusform>%n row copied</numerusform><numerusform>%n rows copied</numerusform></translation>
    </message>
    <message>
        <source>Cannot undo</source>
        <translation>Cannot undo</translation>
    </message>
    <message>
        <source>Undone: {what}</source>
        <translation>Undone: {what}</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>The language changes when ISA Desk is started next time.</source>
        <translation>The language changes when ISA Desk is started next time.</translation>
    </message>
    <message>
        <source>About ISA Desk</source>
        <translation>About ISA Desk</translation>
    </message>
    <message>
        <source>&lt;h3&gt;ISA Desk {version}&lt;/h3&gt;&lt;p&gt;Members, contacts, inquiries and events of the Chinese-German Industrial Cities Alliance (ISA), kept by its Berlin office.&lt;/p&gt;&lt;p&gt;Database: {location}&lt;/p&gt;</source>
        <translation>&lt;h3&gt;ISA Desk {version}&lt;/h3&gt;&lt;p&gt;Members, contacts, inquiries and events of the Chinese-German Industrial Cities Alliance (ISA), kept by its Berlin office.&lt;/p&gt;&lt;p&gt;Database: {location}&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>Open database</translation>
    </message>
    <message>
        <source>ISA Desk databases ({patterns});;All files (*)</source>
        <translation>ISA Desk databases ({patterns});;All files (*)</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>New database</translation>
    </message>
    <message>
        <source>ISA Desk databases ({patterns})</source>
        <translation>ISA Desk databases ({patterns})</translation>
    </message>
    <message>
        <source>&amp;Import list…</source>
        <translation>&amp;Import list…</translation>
    </message>
    <message>
        <source>&amp;Export list…</source>
        <translation>&amp;Export list…</translation>
    </message>
    <message>
        <source>Export &amp;participants of an event…</source>
        <translation>Export &amp;participants of an event…</translation>
    </message>
    <message>
        <source>Imports…</source>
        <translation>Imports…</translation>
    </message>
    <message>
        <source>Undo last import…</source>
        <translation>Undo last import…</translation>
    </message>
    <message>
        <source>Open the list you want to export first: members, organisations, contacts, inquiries or events.</source>
        <translation>Open the list you want to export first: members, organisations, contacts, inquiries or events.</translation>
    </message>
    <message>
        <source>The last import was undone.</source>
        <translation>The last import was undone.</translation>
    </message>
    <message>
        <source>&amp;Country names…</source>
        <translation>&amp;Country names…</translation>
    </message>
    <message>
        <source>Warning about this database</source>
        <translation>Warning about this database</translation>
    </message>
    <message>
        <source>Connect to &amp;team server…</source>
        <translation>Connect to &amp;team server…</translation>
    </message>
    <message>
        <source>&amp;Move to team server…</source>
        <translation>&amp;Move to team server…</translation>
    </message>
</context>
<context>
    <name>MemberEditor</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Name in Chinese characters</source>
        <translation>Name in Chinese characters</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Country</translation>
    </message>
    <message>
        <source>State or province</source>
        <translation>State or province</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Member since</source>
        <translation>Member since</translation>
    </message>
    <message>
        <source>Left on</source>
        <translation>Left on</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Places</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>The towns of a region or city network, in the order to show.</source>
        <translation>The towns of a region or city network, in the order to show.</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Member</translation>
    </message>
    <message>
        <source>New organisation…</source>
        <translation>New organisation…</translation>
    </message>
    <message>
        <source>New contact…</source>
        <translation>New contact…</translation>
    </message>
    <message>
        <source>The member cannot leave before joining.</source>
        <translation>The member cannot leave before joining.</translation>
    </message>
    <message>
        <source>Organisations ({count})</source>
        <translation>Organisations ({count})</translation>
    </message>
    <message>
        <source>Contacts ({count})</source>
        <translation>Contacts ({count})</translation>
    </message>
    <message>
        <source>New member</source>
        <translation>New member</translation>
    </message>
</context>
<context>
    <name>Members</name>
    <message>
        <source>The member {id} does not exist (any more).</source>
        <translation>The member {id} does not exist (any more).</translation>
    </message>
    <message>
        <source>Enter the member's name.</source>
        <translation>Enter the member's name.</translation>
    </message>
    <message>
        <source>Choose the member's country.</source>
        <translation>Choose the member's country.</translation>
    </message>
    <message>
        <source>“{country}” is not a country ISA Desk knows.</source>
        <translation>“{country}” is not a country ISA Desk knows.</translation>
    </message>
    <message>
        <source>Delete member “{name}”</source>
        <translation>Delete member “{name}”</translation>
    </message>
    <message>
        <source>Delete {count} members</source>
        <translation>Delete {count} members</translation>
    </message>
</context>
<context>
    <name>MembersView</name>
    <message>
        <source>Search members … (Ctrl+F)</source>
        <translation>Search members … (Ctrl+F)</translation>
    </message>
    <message>
        <source>Searches name, Chinese name, state or province, places and website. Umlauts and accents need not be typed: “duren” finds Düren.</source>
        <translation>Searches name, Chinese name, state or province, places and website. Umlauts and accents need not be typed: “duren” finds Düren.</translation>
    </message>
    <message>
        <source>{shown} of {total} members</source>
        <translation>{shown} of {total} members</translation>
    </message>
    <message>
        <source>1 member</source>
        <translation>1 member</translation>
    </message>
    <message>
        <source>{count} members</source>
        <translation>{count} members</translation>
    </message>
    <message>
        <source>Show contacts of this member</source>
        <translation>Show contacts of this member</translation>
    </message>
    <message>
        <source>New contact for this member…</source>
        <translation>New contact for this member…</translation>
    </message>
    <message>
        <source>Member: {name}</source>
        <translation>Member: {name}</translation>
    </message>
</context>
<context>
    <name>Merge</name>
    <message>
        <source>Gender</source>
        <translation>Gender</translation>
    </message>
    <message>
        <source>Academic title</source>
        <translation>Academic title</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Given name</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Family name</translation>
    </message>
    <message>
        <source>Name order</source>
        <translation>Name order</translation>
    </message>
    <message>
        <source>Name in Chinese characters</source>
        <translation>Name in Chinese characters</translation>
    </message>
    <message>
        <source>Office or position</source>
        <translation>Office or position</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Member</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <source>Fax</source>
        <translation>Fax</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Street</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <source>Town</source>
        <translation>Town</translation>
    </message>
    <message>
        <source>State or province</source>
        <translation>State or province</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Country</translation>
    </message>
    <message>
        <source>Preferred language</source>
        <translation>Preferred language</translation>
    </message>
    <message>
        <source>Own salutation</source>
        <translation>Own salutation</translation>
    </message>
    <message>
        <source>No post</source>
        <translation>No post</translation>
    </message>
    <message>
        <source>No e-mail</source>
        <translation>No e-mail</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>given on {day}</source>
        <translation>given on {day}</translation>
    </message>
    <message>
        <source>withdrawn on {day}</source>
        <translation>withdrawn on {day}</translation>
    </message>
    <message>
        <source>Merge contacts</source>
        <translation>Merge contacts</translation>
    </message>
    <message>
        <source>Choose for each field which value the merged contact keeps. The left contact is kept; the right one's activities, event participations and inquiries move over, the tags of both are combined, then the right contact is deleted.</source>
        <translation>Choose for each field which value the merged contact keeps. The left contact is kept; the right one's activities, event participations and inquiries move over, the tags of both are combined, then the right contact is deleted.</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Swap sides</source>
        <translation>Swap sides</translation>
    </message>
    <message>
        <source>Keep the right contact instead</source>
        <translation>Keep the right contact instead</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Merge</translation>
    </message>
    <message>
        <source>kept</source>
        <translation>kept</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>deleted</translation>
    </message>
    <message>
        <source>{name} (no. {id}, {role})
{count} activities</source>
        <translation>{name} (no. {id}, {role})
{count} activities</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consent</translation>
    </message>
    <message>
        <source>Per purpose the merged contact keeps the consent with the person's latest word: given or withdrawn.</source>
        <translation>Per purpose the merged contact keeps the consent with the person's latest word: given or withdrawn.</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <source>both</source>
        <translation>both</translation>
    </message>
    <message>
        <source>Merge the two contacts now? The right one is deleted; this cannot be undone.</source>
        <translation>Merge the two contacts now? The right one is deleted; this cannot be undone.</translation>
    </message>
    <message>
        <source>Not merged</source>
        <translation>Not merged</translation>
    </message>
</context>
<context>
    <name>OrganisationEditor</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Name in Chinese characters</source>
        <translation>Name in Chinese characters</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Member</translation>
    </message>
    <message>
        <source>On the advisory board</source>
        <translation>On the advisory board</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Street</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <source>Town</source>
        <translation>Town</translation>
    </message>
    <message>
        <source>State or province</source>
        <translation>State or province</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Country</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Postcode, town</source>
        <translation>Postcode, town</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Phone and e-mail</source>
        <translation>Phone and e-mail</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>New contact…</source>
        <translation>New contact…</translation>
    </message>
    <message>
        <source>Contacts ({count})</source>
        <translation>Contacts ({count})</translation>
    </message>
    <message>
        <source>New organisation</source>
        <translation>New organisation</translation>
    </message>
    <message>
        <source>advisory board</source>
        <translation>advisory board</translation>
    </message>
</context>
<context>
    <name>Organisations</name>
    <message>
        <source>The organisation {id} does not exist (any more).</source>
        <translation>The organisation {id} does not exist (any more).</translation>
    </message>
    <message>
        <source>Enter the organisation's name.</source>
        <translation>Enter the organisation's name.</translation>
    </message>
    <message>
        <source>“{country}” is not a country ISA Desk knows.</source>
        <translation>“{country}” is not a country ISA Desk knows.</translation>
    </message>
    <message>
        <source>The chosen member does not exist (any more).</source>
        <translation>The chosen member does not exist (any more).</translation>
    </message>
    <message>
        <source>Delete organisation “{name}”</source>
        <translation>Delete organisation “{name}”</translation>
    </message>
    <message>
        <source>Delete {count} organisations</source>
        <translation>Delete {count} organisations</translation>
    </message>
</context>
<context>
    <name>OrganisationsView</name>
    <message>
        <source>Search organisations … (Ctrl+F)</source>
        <translation>Search organisations … (Ctrl+F)</translation>
    </message>
    <message>
        <source>Searches name, Chinese name, town, state or province and e-mail. Umlauts and accents need not be typed: “koln” finds Köln.</source>
        <translation>Searches name, Chinese name, town, state or province and e-mail. Umlauts and accents need not be typed: “koln” finds Köln.</translation>
    </message>
    <message>
        <source>{shown} of {total} organisations</source>
        <translation>{shown} of {total} organisations</translation>
    </message>
    <message>
        <source>1 organisation</source>
        <translation>1 organisation</translation>
    </message>
    <message>
        <source>{count} organisations</source>
        <translation>{count} organisations</translation>
    </message>
    <message>
        <source>Show contacts of this organisation</source>
        <translation>Show contacts of this organisation</translation>
    </message>
    <message>
        <source>New contact at this organisation…</source>
        <translation>New contact at this organisation…</translation>
    </message>
    <message>
        <source>Organisation: {name}</source>
        <translation>Organisation: {name}</translation>
    </message>
</context>
<context>
    <name>Overview</name>
    <message>
        <source>Members per federal state (Germany)</source>
        <translation>Members per federal state (Germany)</translation>
    </message>
    <message>
        <source>Members per province (China)</source>
        <translation>Members per province (China)</translation>
    </message>
    <message>
        <source>Open this list</source>
        <translation>Open this list</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Members</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>Membership inquiries</source>
        <translation>Membership inquiries</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Events</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Members by country and status</source>
        <translation>Members by country and status</translation>
    </message>
    <message>
        <source>+ {count} in other statuses</source>
        <translation>+ {count} in other statuses</translation>
    </message>
    <message>
        <source>All countries</source>
        <translation>All countries</translation>
    </message>
</context>
<context>
    <name>Participants</name>
    <message>
        <source>This participant is no longer on the list.</source>
        <translation>This participant is no longer on the list.</translation>
    </message>
    <message>
        <source>{name}: “{old}” cannot become “{new}”.</source>
        <translation>{name}: “{old}” cannot become “{new}”.</translation>
    </message>
    <message>
        <source>{name}: “{new}” can only be recorded once the event has begun ({date}).</source>
        <translation>{name}: “{new}” can only be recorded once the event has begun ({date}).</translation>
    </message>
    <message>
        <source>Someone else removed a participant meanwhile; nothing was changed.</source>
        <translation>Someone else removed a participant meanwhile; nothing was changed.</translation>
    </message>
    <message>
        <source>Accompanying persons: a number from 0 to {most}.</source>
        <translation>Accompanying persons: a number from 0 to {most}.</translation>
    </message>
    <message>
        <source>Interpreting: choose German, Chinese, English or none.</source>
        <translation>Interpreting: choose German, Chinese, English or none.</translation>
    </message>
    <message>
        <source>There is no tag “{tag}”.</source>
        <translation>There is no tag “{tag}”.</translation>
    </message>
    <message>
        <source>There is no contact with the id {ids}.</source>
        <translation>There is no contact with the id {ids}.</translation>
    </message>
    <message>
        <source>Remove “{name}” from the event</source>
        <translation>Remove “{name}” from the event</translation>
    </message>
    <message>
        <source>Remove {count} participants from the event</source>
        <translation>Remove {count} participants from the event</translation>
    </message>
    <message>
        <source>{name} is already marked “{status}” for this event.</source>
        <translation>{name} is already marked “{status}” for this event.</translation>
    </message>
    <message>
        <source>No interpreting</source>
        <translation>No interpreting</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Participant</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Registered on</source>
        <translation>Registered on</translation>
    </message>
    <message>
        <source>Accompanying persons</source>
        <translation>Accompanying persons</translation>
    </message>
    <message>
        <source>Interpreting</source>
        <translation>Interpreting</translation>
    </message>
    <message>
        <source>Invited on</source>
        <translation>Invited on</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <source>Search participants: name, e-mail, organisation …</source>
        <translation>Search participants: name, e-mail, organisation …</translation>
    </message>
    <message>
        <source>{shown} of {total} participants</source>
        <translation>{shown} of {total} participants</translation>
    </message>
    <message numerus="yes">
        <source>%n participants</source>
        <translation><numerusform>%n participant</numerusform><numerusform>%n participants</numerusform></translation>
    </message>
    <message>
        <source>All {count}</source>
        <translation>All {count}</translation>
    </message>
    <message>
        <source>Set status</source>
        <translation>Set status</translation>
    </message>
    <message>
        <source>Edit participant…</source>
        <translation>Edit participant…</translation>
    </message>
    <message>
        <source>Remove from the event…</source>
        <translation>Remove from the event…</translation>
    </message>
    <message>
        <source>Status not changed</source>
        <translation>Status not changed</translation>
    </message>
    <message numerus="yes">
        <source>Take %n people off the list of this event? Their contact records stay.</source>
        <translation><numerusform>Take %n person off the list of this event? Their contact record stays.</numerusform><numerusform>Take %n people off the list of this event? Their contact records stay.</numerusform></translation>
    </message>
    <message>
        <source>Remove from the event</source>
        <translation>Remove from the event</translation>
    </message>
</context>
<context>
    <name>PasswordStore</name>
    <message>
        <source>The system's password store cannot be used: {reason}</source>
        <translation>The system's password store cannot be used: {reason}</translation>
    </message>
</context>
<context>
    <name>Privacy</name>
    <message>
        <source>{path}: choose a file name ending in .json or .pdf for the export.</source>
        <translation>{path}: choose a file name ending in .json or .pdf for the export.</translation>
    </message>
    <message>
        <source>Information {name} {date}</source>
        <translation>Information {name} {date}</translation>
    </message>
    <message>
        <source>Information about the data we hold about you</source>
        <translation>Information about the data we hold about you</translation>
    </message>
    <message>
        <source>For: {name}</source>
        <translation>For: {name}</translation>
    </message>
    <message>
        <source>Prepared on {date} by {office}, {address}.</source>
        <translation>Prepared on {date} by {office}, {address}.</translation>
    </message>
    <message>
        <source>This is everything we hold about you. Questions and requests: {email}, {phone}.</source>
        <translation>This is everything we hold about you. Questions and requests: {email}, {phone}.</translation>
    </message>
    <message>
        <source>Nothing recorded.</source>
        <translation>Nothing recorded.</translation>
    </message>
    <message>
        <source>Your contact record</source>
        <translation>Your contact record</translation>
    </message>
    <message>
        <source>Your organisation</source>
        <translation>Your organisation</translation>
    </message>
    <message>
        <source>Member city or region</source>
        <translation>Member city or region</translation>
    </message>
    <message>
        <source>Lists and tags</source>
        <translation>Lists and tags</translation>
    </message>
    <message>
        <source>Your consents</source>
        <translation>Your consents</translation>
    </message>
    <message>
        <source>Notes, calls, e-mails and meetings</source>
        <translation>Notes, calls, e-mails and meetings</translation>
    </message>
    <message>
        <source>Letters</source>
        <translation>Letters</translation>
    </message>
    <message>
        <source>Membership inquiries</source>
        <translation>Membership inquiries</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Events</translation>
    </message>
    <message>
        <source>E-mails sent to you</source>
        <translation>E-mails sent to you</translation>
    </message>
    <message>
        <source>Imports from lists</source>
        <translation>Imports from lists</translation>
    </message>
    <message>
        <source>Decisions about possible duplicates</source>
        <translation>Decisions about possible duplicates</translation>
    </message>
    <message>
        <source>History of changes</source>
        <translation>History of changes</translation>
    </message>
    <message>
        <source>Recorded on</source>
        <translation>Recorded on</translation>
    </message>
    <message>
        <source>Last changed on</source>
        <translation>Last changed on</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <source>Given on</source>
        <translation>Given on</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Withdrawn on</source>
        <translation>Withdrawn on</translation>
    </message>
    <message>
        <source>In force</source>
        <translation>In force</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>City or region</source>
        <translation>City or region</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Event</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Starts</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Ends</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Mailing started on</source>
        <translation>Mailing started on</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Template</translation>
    </message>
    <message>
        <source>Sent as</source>
        <translation>Sent as</translation>
    </message>
    <message>
        <source>Sent by</source>
        <translation>Sent by</translation>
    </message>
    <message>
        <source>Mailing finished on</source>
        <translation>Mailing finished on</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Answer of the mail server</source>
        <translation>Answer of the mail server</translation>
    </message>
    <message>
        <source>Message ID</source>
        <translation>Message ID</translation>
    </message>
    <message>
        <source>Sent on</source>
        <translation>Sent on</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Created your record</source>
        <translation>Created your record</translation>
    </message>
    <message>
        <source>Values replaced</source>
        <translation>Values replaced</translation>
    </message>
    <message>
        <source>Undone on</source>
        <translation>Undone on</translation>
    </message>
    <message>
        <source>Other contact (ID)</source>
        <translation>Other contact (ID)</translation>
    </message>
    <message>
        <source>Decided on</source>
        <translation>Decided on</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Record ID</source>
        <translation>Record ID</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consent</translation>
    </message>
    <message>
        <source>Note or activity</source>
        <translation>Note or activity</translation>
    </message>
    <message>
        <source>Membership inquiry</source>
        <translation>Membership inquiry</translation>
    </message>
    <message>
        <source>Event participation</source>
        <translation>Event participation</translation>
    </message>
    <message>
        <source>Not a duplicate</source>
        <translation>Not a duplicate</translation>
    </message>
    <message>
        <source>There is no contact {id}.</source>
        <translation>There is no contact {id}.</translation>
    </message>
    <message>
        <source>Backups of the server database (pg_dump and the like) follow the server's own rules: ask its administrator when the last backup holding the person is removed.</source>
        <translation>Backups of the server database (pg_dump and the like) follow the server's own rules: ask its administrator when the last backup holding the person is removed.</translation>
    </message>
    <message>
        <source>Finding the person's data…</source>
        <translation>Finding the person's data…</translation>
    </message>
    <message>
        <source>Erasing…</source>
        <translation>Erasing…</translation>
    </message>
    <message>
        <source>Compacting the database…</source>
        <translation>Compacting the database…</translation>
    </message>
    <message>
        <source>Contact record: {count}</source>
        <translation>Contact record: {count}</translation>
    </message>
    <message>
        <source>Tag links: {count}</source>
        <translation>Tag links: {count}</translation>
    </message>
    <message>
        <source>Consents: {count}</source>
        <translation>Consents: {count}</translation>
    </message>
    <message>
        <source>Activities (notes, calls, e-mails): {count}</source>
        <translation>Activities (notes, calls, e-mails): {count}</translation>
    </message>
    <message>
        <source>Event participations: {count}</source>
        <translation>Event participations: {count}</translation>
    </message>
    <message>
        <source>“Not a duplicate” decisions: {count}</source>
        <translation>“Not a duplicate” decisions: {count}</translation>
    </message>
    <message>
        <source>Inquiries that stay, without the person: {count}</source>
        <translation>Inquiries that stay, without the person: {count}</translation>
    </message>
    <message>
        <source>E-mails of mailings, name and address erased: {count}</source>
        <translation>E-mails of mailings, name and address erased: {count}</translation>
    </message>
    <message>
        <source>Imports that forget the person: {count}</source>
        <translation>Imports that forget the person: {count}</translation>
    </message>
    <message>
        <source>History entries, values erased: {count}</source>
        <translation>History entries, values erased: {count}</translation>
    </message>
    <message>
        <source>No backup beside the database holds the person.</source>
        <translation>No backup beside the database holds the person.</translation>
    </message>
    <message>
        <source>Backups that still hold the person (dated backups go with the rotation, if ISA Desk is started every day):</source>
        <translation>Backups that still hold the person (dated backups go with the rotation, if ISA Desk is started every day):</translation>
    </message>
    <message>
        <source>{path}: kept until removed by hand</source>
        <translation>{path}: kept until removed by hand</translation>
    </message>
    <message>
        <source>{path}: removed by the rotation on {date}</source>
        <translation>{path}: removed by the rotation on {date}</translation>
    </message>
    <message>
        <source>The database file could not be compacted ({reason}): the erased values may remain in its free space until the file is compacted.</source>
        <translation>The database file could not be compacted ({reason}): the erased values may remain in its free space until the file is compacted.</translation>
    </message>
    <message>
        <source>Another program is reading the database: its write-ahead log will be emptied when that program closes it.</source>
        <translation>Another program is reading the database: its write-ahead log will be emptied when that program closes it.</translation>
    </message>
    <message>
        <source>The table {table} could not be compacted on the server ({reason}): the erased values stay in its files until the server reuses the space. Ask the server's administrator to run VACUUM FULL.</source>
        <translation>The table {table} could not be compacted on the server ({reason}): the erased values stay in its files until the server reuses the space. Ask the server's administrator to run VACUUM FULL.</translation>
    </message>
    <message>
        <source>Your login may not compact the tables {tables} on the server: the erased values stay in the server's files until it reuses the space. Ask the database's owner to run VACUUM FULL on them.</source>
        <translation>Your login may not compact the tables {tables} on the server: the erased values stay in the server's files until it reuses the space. Ask the database's owner to run VACUUM FULL on them.</translation>
    </message>
</context>
<context>
    <name>PrivacyExport</name>
    <message>
        <source>PDF to read or print (*.pdf)</source>
        <translation>PDF to read or print (*.pdf)</translation>
    </message>
    <message>
        <source>JSON for other programs (*.json)</source>
        <translation>JSON for other programs (*.json)</translation>
    </message>
    <message>
        <source>Save the person's data</source>
        <translation>Save the person's data</translation>
    </message>
    <message>
        <source>Data saved</source>
        <translation>Data saved</translation>
    </message>
    <message>
        <source>The person's data was saved to {file}.</source>
        <translation>The person's data was saved to {file}.</translation>
    </message>
    <message>
        <source>Open file</source>
        <translation>Open file</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Open folder</translation>
    </message>
</context>
<context>
    <name>QShortcut</name>
    <message>
        <source>Return</source>
        <translation>Return</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
</context>
<context>
    <name>QuickRegistration</name>
    <message>
        <source>Quick registration</source>
        <translation>Quick registration</translation>
    </message>
    <message>
        <source>Name or e-mail address</source>
        <translation>Name or e-mail address</translation>
    </message>
    <message>
        <source>Enter: registered · Ctrl+Enter: declined</source>
        <translation>Enter: registered · Ctrl+Enter: declined</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Registered</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Declined</translation>
    </message>
    <message>
        <source>Nobody found. New people are added in the Contacts area first.</source>
        <translation>Nobody found. New people are added in the Contacts area first.</translation>
    </message>
    <message>
        <source>not invited yet: will be added</source>
        <translation>not invited yet: will be added</translation>
    </message>
    <message>
        <source>Not changed</source>
        <translation>Not changed</translation>
    </message>
    <message>
        <source>{name}: added to the list and {status}.</source>
        <translation>{name}: added to the list and {status}.</translation>
    </message>
    <message>
        <source>{name} was {status} already.</source>
        <translation>{name} was {status} already.</translation>
    </message>
    <message>
        <source>{name}: {status}.</source>
        <translation>{name}: {status}.</translation>
    </message>
</context>
<context>
    <name>RecordActions</name>
    <message>
        <source>Delete the member “{name}”?</source>
        <translation>Delete the member “{name}”?</translation>
    </message>
    <message>
        <source>Delete the organisation “{name}”?</source>
        <translation>Delete the organisation “{name}”?</translation>
    </message>
    <message>
        <source>Delete the contact “{name}”?</source>
        <translation>Delete the contact “{name}”?</translation>
    </message>
    <message>
        <source>Delete these {count} members?</source>
        <translation>Delete these {count} members?</translation>
    </message>
    <message>
        <source>Delete these {count} organisations?</source>
        <translation>Delete these {count} organisations?</translation>
    </message>
    <message>
        <source>Delete these {count} contacts?</source>
        <translation>Delete these {count} contacts?</translation>
    </message>
    <message>
        <source>… and {count} more</source>
        <translation>… and {count} more</translation>
    </message>
    <message>
        <source>Delete members</source>
        <translation>Delete members</translation>
    </message>
    <message>
        <source>Contacts linked to these members: {count}. Keep them (without member) or delete them too?</source>
        <translation>Contacts linked to these members: {count}. Keep them (without member) or delete them too?</translation>
    </message>
    <message>
        <source>Contacts linked to the member: {count}. Keep them (without member) or delete them too?</source>
        <translation>Contacts linked to the member: {count}. Keep them (without member) or delete them too?</translation>
    </message>
    <message>
        <source>Keep contacts</source>
        <translation>Keep contacts</translation>
    </message>
    <message>
        <source>Delete contacts too</source>
        <translation>Delete contacts too</translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation>Not deleted</translation>
    </message>
    <message>
        <source>Merge contacts</source>
        <translation>Merge contacts</translation>
    </message>
    <message>
        <source>Choose exactly two contacts to merge.</source>
        <translation>Choose exactly two contacts to merge.</translation>
    </message>
    <message>
        <source>Write e-mail</source>
        <translation>Write e-mail</translation>
    </message>
    <message numerus="yes">
        <source>The addresses are too many for one e-mail link. Open %n e-mails, each with a part of the recipients in Bcc?</source>
        <translation><numerusform>The addresses are too many for one e-mail link. Open %n e-mails, each with a part of the recipients in Bcc?</numerusform><numerusform>The addresses are too many for one e-mail link. Open %n e-mails, each with a part of the recipients in Bcc?</numerusform></translation>
    </message>
</context>
<context>
    <name>Records</name>
    <message>
        <source>“{value}” is not a valid value for {field}.</source>
        <translation>“{value}” is not a valid value for {field}.</translation>
    </message>
    <message>
        <source>The record was deleted by someone else in the meantime.</source>
        <translation>The record was deleted by someone else in the meantime.</translation>
    </message>
    <message>
        <source>“{name}” was changed by someone else since you opened it. Your changes were not saved; open the record again to see the current state.</source>
        <translation>“{name}” was changed by someone else since you opened it. Your changes were not saved; open the record again to see the current state.</translation>
    </message>
    <message>
        <source>The record was changed by someone else while you were saving. Your changes were not saved; open the record again.</source>
        <translation>The record was changed by someone else while you were saving. Your changes were not saved; open the record again.</translation>
    </message>
    <message>
        <source>The change breaks a rule of the database and was not saved: {reason}</source>
        <translation>The change breaks a rule of the database and was not saved: {reason}</translation>
    </message>
    <message>
        <source>Too long: {count} characters where at most {limit} fit.</source>
        <translation>Too long: {count} characters where at most {limit} fit.</translation>
    </message>
</context>
<context>
    <name>Retention</name>
    <message>
        <source>Inactive contacts</source>
        <translation>Inactive contacts</translation>
    </message>
    <message>
        <source>Finished inquiries</source>
        <translation>Finished inquiries</translation>
    </message>
    <message>
        <source>Old values in the audit trail</source>
        <translation>Old values in the audit trail</translation>
    </message>
    <message>
        <source>{field}: enter a whole number of months from 0 to {most} (0 = keep for ever).</source>
        <translation>{field}: enter a whole number of months from 0 to {most} (0 = keep for ever).</translation>
    </message>
    <message>
        <source>None of the chosen inquiries is finished (any more).</source>
        <translation>None of the chosen inquiries is finished (any more).</translation>
    </message>
    <message>
        <source>Privacy: data is due for review.</source>
        <translation>Privacy: data is due for review.</translation>
    </message>
    <message>
        <source>Review…</source>
        <translation>Review…</translation>
    </message>
    <message>
        <source>Privacy and retention</source>
        <translation>Privacy and retention</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Last sign of life</source>
        <translation>Last sign of life</translation>
    </message>
    <message>
        <source>Marked inactive</source>
        <translation>Marked inactive</translation>
    </message>
    <message>
        <source>City</source>
        <translation>City</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>Closed on</translation>
    </message>
    <message>
        <source>Due for review</source>
        <translation>Due for review</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Erase for good…</source>
        <translation>Erase for good…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Delete…</translation>
    </message>
    <message>
        <source>Remove old values…</source>
        <translation>Remove old values…</translation>
    </message>
    <message>
        <source>Mark as reviewed</source>
        <translation>Mark as reviewed</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <source>Contacts ({count})</source>
        <translation>Contacts ({count})</translation>
    </message>
    <message>
        <source>Inquiries ({count})</source>
        <translation>Inquiries ({count})</translation>
    </message>
    <message>
        <source>Audit values ({count})</source>
        <translation>Audit values ({count})</translation>
    </message>
    <message>
        <source>The audit trail keeps its values for ever.</source>
        <translation>The audit trail keeps its values for ever.</translation>
    </message>
    <message>
        <source>Entries in the audit trail from before {date} that still hold values: {count}. Removing the values keeps the entries (who changed what, and when).</source>
        <translation>Entries in the audit trail from before {date} that still hold values: {count}. Removing the values keeps the entries (who changed what, and when).</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n finished inquiry(s)?</source>
        <translation><numerusform>Delete %n finished inquiry?</numerusform><numerusform>Delete %n finished inquiries?</numerusform></translation>
    </message>
    <message>
        <source>Remove old values</source>
        <translation>Remove old values</translation>
    </message>
    <message numerus="yes">
        <source>Remove the values from %n entry(s) of the audit trail from before {date}? The entries stay; the values cannot be brought back.</source>
        <translation><numerusform>Remove the values from %n entry of the audit trail from before {date}? The entry stays; the values cannot be brought back.</numerusform><numerusform>Remove the values from %n entries of the audit trail from before {date}? The entries stay; the values cannot be brought back.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Values removed from %n entry(s).</source>
        <translation><numerusform>Values removed from %n entry.</numerusform><numerusform>Values removed from %n entries.</numerusform></translation>
    </message>
    <message>
        <source>Removing old values…</source>
        <translation>Removing old values…</translation>
    </message>
    <message>
        <source>Tick the rows first.</source>
        <translation>Tick the rows first.</translation>
    </message>
    <message>
        <source>Reviewed on {date}.</source>
        <translation>Reviewed on {date}.</translation>
    </message>
    <message>
        <source>inactive</source>
        <translation>inactive</translation>
    </message>
    <message>
        <source>How long data is kept</source>
        <translation>How long data is kept</translation>
    </message>
    <message>
        <source> months</source>
        <translation> months</translation>
    </message>
    <message>
        <source>keep for ever</source>
        <translation>keep for ever</translation>
    </message>
    <message>
        <source>0 = keep for ever. Contacts count from their last sign of life: a change, a note, an event, a mail or a consent.</source>
        <translation>0 = keep for ever. Contacts count from their last sign of life: a change, a note, an event, a mail or a consent.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Tick all</source>
        <translation>Tick all</translation>
    </message>
    <message>
        <source>Tick none</source>
        <translation>Tick none</translation>
    </message>
    <message>
        <source>The oldest {shown} of {count} are shown.</source>
        <translation>The oldest {shown} of {count} are shown.</translation>
    </message>
    <message>
        <source>Nothing is due.</source>
        <translation>Nothing is due.</translation>
    </message>
</context>
<context>
    <name>Saving</name>
    <message>
        <source>Still saving, please wait.</source>
        <translation>Still saving, please wait.</translation>
    </message>
    <message>
        <source>Saving… (waiting for the database)</source>
        <translation>Saving… (waiting for the database)</translation>
    </message>
</context>
<context>
    <name>Tags</name>
    <message>
        <source>The tag “{name}” is longer than {limit} characters.</source>
        <translation>The tag “{name}” is longer than {limit} characters.</translation>
    </message>
</context>
<context>
    <name>TeamServer</name>
    <message>
        <source>Enter the name or address of the database server.</source>
        <translation>Enter the name or address of the database server.</translation>
    </message>
    <message>
        <source>The port is a number from 1 to 65535.</source>
        <translation>The port is a number from 1 to 65535.</translation>
    </message>
    <message>
        <source>Enter the name of the database on the server.</source>
        <translation>Enter the name of the database on the server.</translation>
    </message>
    <message>
        <source>Enter the user name for the database server.</source>
        <translation>Enter the user name for the database server.</translation>
    </message>
    <message>
        <source>Unknown encryption setting {mode}.</source>
        <translation>Unknown encryption setting {mode}.</translation>
    </message>
    <message>
        <source>{url} is not the address of a PostgreSQL database. Write it as postgresql+psycopg://USER@SERVER:5432/DATABASE.</source>
        <translation>{url} is not the address of a PostgreSQL database. Write it as postgresql+psycopg://USER@SERVER:5432/DATABASE.</translation>
    </message>
    <message>
        <source>{target} needs a driver that is not installed: {reason}</source>
        <translation>{target} needs a driver that is not installed: {reason}</translation>
    </message>
    <message>
        <source>Connect to team server</source>
        <translation>Connect to team server</translation>
    </message>
    <message>
        <source>Open the office's shared database on its PostgreSQL server. The server, the database and your user name come from whoever set up the server.</source>
        <translation>Open the office's shared database on its PostgreSQL server. The server, the database and your user name come from whoever set up the server.</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Connect</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Database</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Remember the password</source>
        <translation>Remember the password</translation>
    </message>
    <message>
        <source>Kept in the system's password store (on Windows the Credential Manager), never in a file of ISA Desk.</source>
        <translation>Kept in the system's password store (on Windows the Credential Manager), never in a file of ISA Desk.</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Test connection</translation>
    </message>
    <message>
        <source>(kept in the password store)</source>
        <translation>(kept in the password store)</translation>
    </message>
    <message>
        <source>Connecting to {server}…</source>
        <translation>Connecting to {server}…</translation>
    </message>
    <message>
        <source>Connected ({version}), but the database {database} holds tables of another program. Choose another database.</source>
        <translation>Connected ({version}), but the database {database} holds tables of another program. Choose another database.</translation>
    </message>
    <message>
        <source>Connected ({version}). The database {database} holds ISA Desk data.</source>
        <translation>Connected ({version}). The database {database} holds ISA Desk data.</translation>
    </message>
    <message>
        <source>Connected ({version}). The database {database} is empty.</source>
        <translation>Connected ({version}). The database {database} is empty.</translation>
    </message>
    <message>
        <source>Move to team server</source>
        <translation>Move to team server</translation>
    </message>
    <message>
        <source>The database {name} is copied whole, with its history, templates and settings, into an empty database on the PostgreSQL server. This file stays as it is; afterwards the office works in the database on the server.</source>
        <translation>The database {name} is copied whole, with its history, templates and settings, into an empty database on the PostgreSQL server. This file stays as it is; afterwards the office works in the database on the server.</translation>
    </message>
    <message>
        <source>Copy to the server</source>
        <translation>Copy to the server</translation>
    </message>
    <message>
        <source>Open the team database</source>
        <translation>Open the team database</translation>
    </message>
    <message>
        <source>Copying the database to the server…</source>
        <translation>Copying the database to the server…</translation>
    </message>
    <message>
        <source>Copied and verified: the database on the server holds as many rows in every table as this one ({total} in all). Open the team database now?</source>
        <translation>Copied and verified: the database on the server holds as many rows in every table as this one ({total} in all). Open the team database now?</translation>
    </message>
    <message>
        <source>Cancelled. Nothing was copied.</source>
        <translation>Cancelled. Nothing was copied.</translation>
    </message>
</context>
<context>
    <name>Trail</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Before</translation>
    </message>
    <message>
        <source>After</source>
        <translation>After</translation>
    </message>
    <message>
        <source>ISA Desk: audit trail</source>
        <translation>ISA Desk: audit trail</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Audit trail</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Member</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consent</translation>
    </message>
    <message>
        <source>Inquiry</source>
        <translation>Inquiry</translation>
    </message>
    <message>
        <source>History entry</source>
        <translation>History entry</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Event</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Participant</translation>
    </message>
    <message>
        <source>Place of a member</source>
        <translation>Place of a member</translation>
    </message>
    <message>
        <source>Letter template</source>
        <translation>Letter template</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Setting</translation>
    </message>
    <message>
        <source>Not a duplicate</source>
        <translation>Not a duplicate</translation>
    </message>
    <message>
        <source>Column mapping</source>
        <translation>Column mapping</translation>
    </message>
    <message>
        <source>(erased)</source>
        <translation>(erased)</translation>
    </message>
    <message>
        <source>Double-click a change to open its record</source>
        <translation>Double-click a change to open its record</translation>
    </message>
    <message>
        <source>Show more</source>
        <translation>Show more</translation>
    </message>
    <message>
        <source>Save the changes the filters show as an Excel workbook or a CSV file</source>
        <translation>Save the changes the filters show as an Excel workbook or a CSV file</translation>
    </message>
    <message>
        <source>No changes found</source>
        <translation>No changes found</translation>
    </message>
    <message numerus="yes">
        <source>{shown} of %n change(s)</source>
        <translation><numerusform>{shown} of %n change</numerusform><numerusform>{shown} of %n changes</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation><numerusform>%n change</numerusform><numerusform>%n changes</numerusform></translation>
    </message>
    <message>
        <source>Save these changes as an Excel workbook or a CSV file</source>
        <translation>Save these changes as an Excel workbook or a CSV file</translation>
    </message>
    <message>
        <source>Changes {record}</source>
        <translation>Changes {record}</translation>
    </message>
    <message>
        <source>Changes: {record}</source>
        <translation>Changes: {record}</translation>
    </message>
    <message>
        <source>Changes…</source>
        <translation>Changes…</translation>
    </message>
    <message>
        <source>Who changed what in this record, and when ({keys})</source>
        <translation>Who changed what in this record, and when ({keys})</translation>
    </message>
    <message>
        <source>All users</source>
        <translation>All users</translation>
    </message>
    <message>
        <source>Only the changes of this user</source>
        <translation>Only the changes of this user</translation>
    </message>
    <message>
        <source>All kinds of record</source>
        <translation>All kinds of record</translation>
    </message>
    <message>
        <source>Search names and values</source>
        <translation>Search names and values</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel workbooks (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>Export the changes</source>
        <translation>Export the changes</translation>
    </message>
    <message>
        <source>Writing {file} …</source>
        <translation>Writing {file} …</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Export…</translation>
    </message>
    <message numerus="yes">
        <source>%n rows exported to {file}</source>
        <translation><numerusform>%n row exported to {file}</numerusform><numerusform>%n rows exported to {file}</numerusform></translation>
    </message>
</context>
<context>
    <name>Transfer</name>
    <message>
        <source>Preparing the database on the server…</source>
        <translation>Preparing the database on the server…</translation>
    </message>
    <message>
        <source>Nothing was copied. {reason}</source>
        <translation>Nothing was copied. {reason}</translation>
    </message>
    <message>
        <source>{target} is the database being copied.</source>
        <translation>{target} is the database being copied.</translation>
    </message>
    <message>
        <source>{source} is at schema {revision}, not at this program's {head}. Open it in ISA Desk once (which upgrades it), then copy it.</source>
        <translation>{source} is at schema {revision}, not at this program's {head}. Open it in ISA Desk once (which upgrades it), then copy it.</translation>
    </message>
    <message>
        <source>Copying {table}…</source>
        <translation>Copying {table}…</translation>
    </message>
    <message>
        <source>Checking the copy…</source>
        <translation>Checking the copy…</translation>
    </message>
    <message>
        <source>The copy of the table {table} holds {copied} rows where the database holds {count}; nothing was copied.</source>
        <translation>The copy of the table {table} holds {copied} rows where the database holds {count}; nothing was copied.</translation>
    </message>
    <message>
        <source>The database {target} already holds records; ISA Desk copies only into an empty database. Nothing was copied: create a new database on the server.</source>
        <translation>The database {target} already holds records; ISA Desk copies only into an empty database. Nothing was copied: create a new database on the server.</translation>
    </message>
    <message>
        <source>The table {table} cannot be read: {reason}</source>
        <translation>The table {table} cannot be read: {reason}</translation>
    </message>
    <message>
        <source>a NUL character (code 0), which the server does not store.</source>
        <translation>a NUL character (code 0), which the server does not store.</translation>
    </message>
    <message>
        <source>the number {value} is too large for the server.</source>
        <translation>the number {value} is too large for the server.</translation>
    </message>
    <message>
        <source>Nothing was copied: table {table}, record {record}, column {column}: {problem}</source>
        <translation>Nothing was copied: table {table}, record {record}, column {column}: {problem}</translation>
    </message>
    <message>
        <source>Nothing was copied: table {table}, record {record}: {problem}</source>
        <translation>Nothing was copied: table {table}, record {record}: {problem}</translation>
    </message>
    <message>
        <source>Nothing was copied: table {table}: {reason}</source>
        <translation>Nothing was copied: table {table}: {reason}</translation>
    </message>
</context>
<context>
    <name>Undo</name>
    <message>
        <source>“{what}” cannot be undone: the data changed since the delete (a record with the same number or e-mail address exists, or a linked record is gone). Nothing was restored.</source>
        <translation>“{what}” cannot be undone: the data changed since the delete (a record with the same number or e-mail address exists, or a linked record is gone). Nothing was restored.</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>“{email}” is not a valid e-mail address.</source>
        <translation>“{email}” is not a valid e-mail address.</translation>
    </message>
    <message>
        <source>A German postcode has exactly five digits, not “{postcode}”.</source>
        <translation>A German postcode has exactly five digits, not “{postcode}”.</translation>
    </message>
    <message>
        <source>“{phone}” does not look like a valid phone number: check the digits, or write it with the country code (e.g. +49 30 1234567).</source>
        <translation>“{phone}” does not look like a valid phone number: check the digits, or write it with the country code (e.g. +49 30 1234567).</translation>
    </message>
</context>
<context>
    <name>Welcome</name>
    <message>
        <source>Filling the demo database…</source>
        <translation>Filling the demo database…</translation>
    </message>
    <message>
        <source>The demo data is ready; your own database was not changed.</source>
        <translation>The demo data is ready; your own database was not changed.</translation>
    </message>
    <message>
        <source>This database is still empty. Start with one of these; everything can be changed later.</source>
        <translation>This database is still empty. Start with one of these; everything can be changed later.</translation>
    </message>
    <message>
        <source>Welcome to ISA Desk</source>
        <translation>Welcome to ISA Desk</translation>
    </message>
    <message>
        <source>New member</source>
        <translation>New member</translation>
    </message>
    <message>
        <source>A member city, district or region of the alliance.</source>
        <translation>A member city, district or region of the alliance.</translation>
    </message>
    <message>
        <source>New contact</source>
        <translation>New contact</translation>
    </message>
    <message>
        <source>A person the office writes to or calls.</source>
        <translation>A person the office writes to or calls.</translation>
    </message>
    <message>
        <source>Import a list…</source>
        <translation>Import a list…</translation>
    </message>
    <message>
        <source>Members or contacts from an Excel workbook or CSV file.</source>
        <translation>Members or contacts from an Excel workbook or CSV file.</translation>
    </message>
    <message>
        <source>Open the demo data</source>
        <translation>Open the demo data</translation>
    </message>
    <message>
        <source>A separate database with the alliance's members and made-up contacts, to try everything out. This database stays as it is.</source>
        <translation>A separate database with the alliance's members and made-up contacts, to try everything out. This database stays as it is.</translation>
    </message>
    <message>
        <source>Where the data lives</source>
        <translation>Where the data lives</translation>
    </message>
    <message>
        <source>Everything you enter is saved in this one file at once. ISA Desk makes a backup of it every day (File › Backups…); File › Open database… opens another one.</source>
        <translation>Everything you enter is saved in this one file at once. ISA Desk makes a backup of it every day (File › Backups…); File › Open database… opens another one.</translation>
    </message>
</context>
</TS>