; Inno Setup 6 script: ROPA Desk for one user (no administrator rights needed).
;
;   1. Build the app on Windows:  .venv\Scripts\python -m PyInstaller build.spec --noconfirm --clean
;   2. Build the installer:       iscc installer\windows\ropa-desk.iss
;      -> dist\ROPA-Desk-<version>-setup.exe     (see docs/packaging.md, also for signing)
;
; Installs into %LOCALAPPDATA%\Programs\ROPA Desk, adds a Start-menu entry and makes .ropa files open in
; ROPA Desk (for this user, HKCU). The uninstaller removes the program and those entries only: the user's
; registers (wherever they are), settings, logs and automatic backups
; (%LOCALAPPDATA%\ROPA Desk) are left alone.

#define AppName "ROPA Desk"
#define AppExe "ROPA-Desk.exe"
#define DistDir "..\..\dist\ROPA-Desk"
#ifndef AppVersion
  ; The version resource that build.spec writes from pyproject.toml.
  #define AppVersion GetStringFileInfo(DistDir + "\" + AppExe, "ProductVersion")
#endif
#define ProgId "ROPADesk.Register"

[Setup]
AppId={{8B6708CE-51BC-4D4C-938D-12CDF32CAE64}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=ROPA Desk contributors
VersionInfoVersion={#AppVersion}
PrivilegesRequired=lowest
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
ChangesAssociations=yes
SetupIconFile=..\..\resources\icons\ropa-desk.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
OutputDir=..\..\dist
OutputBaseFilename=ROPA-Desk-{#AppVersion}-setup
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
CloseApplications=yes
; Authenticode: define a sign tool named "ropasign" in the Inno Setup IDE or on the command line
; (iscc "/Sropasign=signtool sign /fd sha256 /tr http://timestamp.digicert.com /td sha256 /a $f") and
; uncomment the next two lines; the installer and the uninstaller are then signed. Sign the two .exe
; files in dist\ROPA-Desk before step 2 as well (docs/packaging.md).
; SignTool=ropasign
; SignedUninstaller=yes

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
Name: "danish"; MessagesFile: "compiler:Languages\Danish.isl"
Name: "finnish"; MessagesFile: "compiler:Languages\Finnish.isl"
Name: "norwegian"; MessagesFile: "compiler:Languages\Norwegian.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "{#DistDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Registry]
; .ropa -> ROPA Desk, for this user (HKA is HKCU in a per-user install). Only our own keys are deleted
; on uninstall; the .ropa key itself may be shared with other programs, so only our value goes.
Root: HKA; Subkey: "Software\Classes\.ropa"; ValueType: string; ValueName: ""; ValueData: "{#ProgId}"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\.ropa"; ValueType: string; ValueName: "Content Type"; ValueData: "application/x-ropa-register"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\.ropa\OpenWithProgids"; ValueType: string; ValueName: "{#ProgId}"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\{#ProgId}"; ValueType: string; ValueName: ""; ValueData: "ROPA Desk register"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\{#ProgId}\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\{#AppExe},0"
Root: HKA; Subkey: "Software\Classes\{#ProgId}\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" ""%1"""
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}\SupportedTypes"; ValueType: string; ValueName: ".ropa"; ValueData: ""; Flags: uninsdeletekey

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

; No [UninstallDelete] section on purpose: nothing but what [Files] installed is removed from disk.
