; Inno Setup 6 script: per-machine installer for Chinese Teach on Windows 10/11 (x64).
;
; Build (after `python packaging\build_bundle.py` made dist\chinese-teach\):
;   iscc /DAppVersion=0.1.0 packaging\windows\chinese-teach.iss
; gives dist\chinese-teach-0.1.0-setup.exe.
;
; Silent install, as a school's deployment tool runs it (administrator):
;   chinese-teach-0.1.0-setup.exe /VERYSILENT /SUPPRESSMSGBOXES /NORESTART /DIR="C:\Program Files\Chinese Teach"
; optional: /TASKS="desktopicon" (desktop shortcut), /SITECONFIG="\\server\share\site.toml"
; (copied to %PROGRAMDATA%\ChineseTeach\site.toml), /LOG="C:\Windows\Temp\ct-setup.log".
; Silent uninstall:
;   "C:\Program Files\Chinese Teach\unins000.exe" /VERYSILENT /SUPPRESSMSGBOXES /NORESTART
; Teachers' own data (%LOCALAPPDATA%\chinese-teach) is never touched by either.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#ifndef SourceDir
  #define SourceDir "..\..\dist\chinese-teach"
#endif
#ifndef IconFile
  #define IconFile "..\..\build\bundle\icons\chinese-teach.ico"
#endif
#ifndef OutputDir
  #define OutputDir "..\..\dist"
#endif
#define AppName "Chinese Teach"
#define AppExe "chinese-teach.exe"
#define CliExe "chinese-teach-cli.exe"

[Setup]
; The AppId identifies the product for upgrades and uninstall: never change it.
AppId={{6F1C2B0E-5D3A-4C8E-9B7A-2E4D1F0C9A31}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=Chinese Teach developers
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
; per-machine: installs for every user of the computer, needs administrator rights
PrivilegesRequired=admin
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
OutputDir={#OutputDir}
OutputBaseFilename=chinese-teach-{#AppVersion}-setup
SetupIconFile={#IconFile}
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName} {#AppVersion}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ChangesAssociations=yes
; an update closes a running app and replaces the program files only
CloseApplications=yes
RestartApplications=no

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; an update replaces the bundle's library folder as a whole (no stale files from an old version)
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs
; /SITECONFIG=FILE: the school's site configuration, kept on uninstall (IT owns it)
Source: "{code:SiteConfigSource}"; DestDir: "{commonappdata}\ChineseTeach"; DestName: "site.toml"; Flags: external uninsneveruninstall; Check: HasSiteConfig

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"; Comment: "Pinyin readers, lesson plans and Anki decks"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Registry]
; Course files (*.ctcourse, a course export shared by another teacher): double-click imports.
Root: HKA; Subkey: "Software\Classes\.ctcourse"; ValueType: string; ValueName: ""; ValueData: "ChineseTeach.Course"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\.ctcourse\OpenWithProgids"; ValueType: string; ValueName: "ChineseTeach.Course"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\ChineseTeach.Course"; ValueType: string; ValueName: ""; ValueData: "Chinese Teach course"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\ChineseTeach.Course\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\{#AppExe},0"
Root: HKA; Subkey: "Software\Classes\ChineseTeach.Course\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#CliExe}"" course import ""%1"""

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[Code]
function SiteConfigSource(Param: String): String;
begin
  Result := ExpandConstant('{param:SITECONFIG|}');
end;

function HasSiteConfig: Boolean;
begin
  Result := SiteConfigSource('') <> '';
end;
