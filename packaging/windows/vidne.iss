; Inno Setup 6 script for Vidne on Windows: installs the PyInstaller onedir build, adds the
; Start Menu entry (and, if chosen, a desktop icon), registers the uninstaller and offers to
; start Vidne at login.
;
; Build first (packaging/build_pyinstaller.sh), then from the repository root:
;   iscc /DAppVersion=0.1.0 packaging\windows\vidne.iss      -> dist\Vidne-0.1.0-setup.exe
; The release workflow passes the version read from app.__version__.
;
; Start at login writes the same HKCU Run value as the app's own setting (app/platform/autostart.py,
; WindowsRunKey), so either can switch it off; the uninstaller removes it in any case.

#define AppName "Vidne"
#define AppId "dk.vidne.Vidne"
#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#ifndef BuildDir
  #define BuildDir "..\..\dist\vidne"
#endif
#define RunKey "Software\Microsoft\Windows\CurrentVersion\Run"
#define ApprovedKey "Software\Microsoft\Windows\CurrentVersion\Explorer\StartupApproved\Run"

[Setup]
AppId={#AppId}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=The Vidne developers
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
; Per-user install without admin rights by default; an admin may choose all users.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=..\..\dist
OutputBaseFilename={#AppName}-{#AppVersion}-setup
SetupIconFile=..\..\resources\icons\vidne.ico
UninstallDisplayIcon={app}\vidne.exe
UninstallDisplayName={#AppName}
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
; Vidne holds the vault open while it runs: ask to close it before replacing files.
CloseApplications=yes

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
Name: "danish"; MessagesFile: "compiler:Languages\Danish.isl"

[CustomMessages]
english.StartAtLogin=Start Vidne when I log in (hidden in the tray, so the capture hotkey works)
danish.StartAtLogin=Start Vidne, når jeg logger ind (skjult i systembakken, så genvejstasten virker)
english.StartGroup=Start:
danish.StartGroup=Start:

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked
Name: "startatlogin"; Description: "{cm:StartAtLogin}"; GroupDescription: "{cm:StartGroup}"; Flags: unchecked

[Files]
Source: "{#BuildDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\vidne.exe"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\vidne.exe"; Tasks: desktopicon

[Registry]
Root: HKCU; Subkey: "Software\Microsoft\Windows\CurrentVersion\Run"; ValueType: string; ValueName: "Vidne"; ValueData: """{app}\vidne.exe"" --minimized"; Flags: uninsdeletevalue; Tasks: startatlogin
; Clear an old "disabled" flag from Task Manager so the chosen option takes effect.
Root: HKCU; Subkey: "{#ApprovedKey}"; ValueType: none; ValueName: "Vidne"; Flags: deletevalue; Tasks: startatlogin

[Run]
Filename: "{app}\vidne.exe"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[Code]
{ The app's own "start at login" setting may have written the Run value without the task. }
procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
begin
  if CurUninstallStep = usPostUninstall then
  begin
    RegDeleteValue(HKEY_CURRENT_USER, '{#RunKey}', '{#AppName}');
    RegDeleteValue(HKEY_CURRENT_USER, '{#ApprovedKey}', '{#AppName}');
  end;
end;
