; Inno Setup 6 script (6.3 or newer): the Windows installer of ISA Desk.
;
; Installs for the current user only (no administrator rights) into
; %LOCALAPPDATA%\Programs\ISA Desk, adds a start-menu entry and, if chosen, a desktop icon,
; speaks German or English. The uninstaller removes the program and keeps the user's
; database, backups and settings in %LOCALAPPDATA%\ISA\ISA Desk.
;
; packaging/build.py --installer compiles it after building the bundle; by hand:
;   ISCC /DAppVersion=0.1.0 /DBundleDir=C:\src\isa-desk\dist\isa-desk packaging\isa_desk.iss
; Paths without a drive are relative to this folder (packaging\).

#ifndef AppVersion
  #error Pass the version of the package: ISCC /DAppVersion=x.y.z (packaging/build.py does)
#endif
#ifndef FileVersion
  ; four numbers for the file properties; build.py derives them from AppVersion
  #define FileVersion "0.0.0.0"
#endif
#ifndef BundleDir
  #define BundleDir "..\dist\isa-desk"
#endif
#ifndef OutputDir
  #define OutputDir "..\dist"
#endif

#define AppName "ISA Desk"
#define AppExe "ISA Desk.exe"
#define Publisher "ISA - Chinesisch-Deutsche Industriestädteallianz"

[Setup]
; the AppId identifies the installation for updates and the uninstaller: never change it
AppId={{71B1EAE9-2E6A-4CD6-A4DC-0840899B8FA0}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher={#Publisher}
AppPublisherURL=https://isa-portal.de/de
VersionInfoVersion={#FileVersion}
VersionInfoProductVersion={#FileVersion}
VersionInfoProductTextVersion={#AppVersion}
VersionInfoDescription={#AppName} Setup
PrivilegesRequired=lowest
DefaultDirName={autopf}\{#AppName}
DisableProgramGroupPage=yes
DisableDirPage=auto
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir={#OutputDir}
OutputBaseFilename=ISA-Desk-Setup-{#AppVersion}
SetupIconFile=..\resources\icons\isa-desk.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
WizardStyle=modern
Compression=lzma2/max
SolidCompression=yes
; the program must be closed to be updated or removed
CloseApplications=yes
ShowLanguageDialog=auto

[Languages]
; the first entry is the fallback when Windows speaks neither language
Name: "de"; MessagesFile: "compiler:Languages\German.isl"
Name: "en"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
de.DataKept=Ihre Datenbank, Sicherungen und Einstellungen in %1 bleiben erhalten.
en.DataKept=Your database, backups and settings in %1 have been kept.
de.CommandLineNote=Befehlszeile: isa-desk.exe im Programmordner
en.CommandLineNote=Command line: isa-desk.exe in the program folder

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; an update replaces the whole bundle: no library of the old version may linger
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"; Comment: "{cm:CommandLineNote}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[Code]
{ The uninstaller removes only what the installer put into the program folder. The user's
  data lives elsewhere (the database is precious); say so, so nobody goes looking for it. }
procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
begin
  if (CurUninstallStep = usPostUninstall) and not UninstallSilent then
    MsgBox(FmtMessage(CustomMessage('DataKept'),
                      [ExpandConstant('{localappdata}\ISA\ISA Desk')]),
           mbInformation, MB_OK);
end;
