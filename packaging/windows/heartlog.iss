; Inno Setup 6 script for HeartLog on Windows (64-bit).
;
; Build the one-folder bundle first, then the installer:
;   python packaging\build.py
;   iscc /DAppVersion=0.1.0 packaging\windows\heartlog.iss
; `python packaging\build.py --installer` does both and passes the version.
; The installer lands in packaging\dist\.
;
; Uninstalling removes the program only: journals live in the user's data
; folder (%LOCALAPPDATA%\HeartLog) and are never deleted by the uninstaller.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define AppName "HeartLog"
#define AppExe "heartlog.exe"
#define AppUserModelId "org.heartlog.HeartLog"

[Setup]
; The AppId identifies HeartLog across upgrades: never change it.
AppId={{4832A5E9-E3F0-462B-88FB-F0EDC7D0F19E}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=The HeartLog developers
AppComments=A private, encrypted journal for each partner in a couple
VersionInfoVersion={#AppVersion}
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
; Installs for the current user without administrator rights; "install for all
; users" is offered in a dialog.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
OutputDir=..\dist
OutputBaseFilename=HeartLog-{#AppVersion}-windows-x64-setup
SetupIconFile=..\icons\heartlog.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
WizardStyle=modern
Compression=lzma2/max
SolidCompression=yes
; A running HeartLog is asked to close (it autosaves) before files are replaced.
CloseApplications=yes
RestartApplications=no

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
Name: "german"; MessagesFile: "compiler:Languages\German.isl"
Name: "spanish"; MessagesFile: "compiler:Languages\Spanish.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; An upgrade replaces the whole bundle, so no file of an older version lingers.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "..\dist\HeartLog\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"; AppUserModelID: "{#AppUserModelId}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; AppUserModelID: "{#AppUserModelId}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
