; IOC Console installer for Windows (NSIS 3, Unicode, stock plugins only: MUI2, nsDialogs,
; FileFunc, LogicLib, x64). Compiled on Linux with Debian's makensis or on a Windows runner:
;
;   makensis -DVERSION=0.1.0 -DBUNDLE_DIR=build/out/dist/ioc-console \
;            -DOUTFILE=build/out/ioc-console-0.1.0-setup.exe build/windows/ioc-console.nsi
;
; Installs the one-folder bundle under Program Files, Start-menu and desktop shortcuts, and an
; uninstaller registered in Add/Remove Programs. The site profile is written to
; %ProgramData%\IOC Console\site.toml from the "Site profile" page (backend address, ward, CA
; certificate file), or, for mass deployment, copied from a prepared file:
;
;   ioc-console-setup.exe /S /PROFILE=\\server\share\ward-29888.toml /D=C:\IOC Console
;
; (/D= comes last and unquoted, as NSIS wants.) An existing site.toml is kept unless /PROFILE=
; names a new one: upgrading never loses the office's settings. Uninstalling keeps the profile
; too (the office's, like its users' settings); "uninst.exe /S /PURGE" removes it as well.

Unicode true
; a 64-bit installer for a 64-bit program (it also runs under a 64-bit-only Wine in CI)
Target amd64-unicode
ManifestDPIAware true

!ifndef VERSION
  !define VERSION "0.0.0"
!endif
!ifndef BUNDLE_DIR
  !error "BUNDLE_DIR must name the one-folder bundle (folder holding ioc-console.exe)"
!endif
!ifndef OUTFILE
  !define OUTFILE "ioc-console-${VERSION}-setup.exe"
!endif

!define APP_NAME "IOC Console"
!define APP_EXE "ioc-console.exe"
!define PUBLISHER "IOC Cao Lanh"
!define UNINST_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\IOCConsole"
!define PROFILE_DIR "$COMMONPROGRAMDATA\IOC Console"

!include "MUI2.nsh"
!include "nsDialogs.nsh"
!include "LogicLib.nsh"
!include "FileFunc.nsh"
!include "x64.nsh"

Name "${APP_NAME} ${VERSION}"
OutFile "${OUTFILE}"
InstallDir "$PROGRAMFILES64\${APP_NAME}"
InstallDirRegKey HKLM "${UNINST_KEY}" "InstallLocation"
RequestExecutionLevel admin
SetCompressor /SOLID lzma
VIProductVersion "${VERSION}.0"
VIAddVersionKey /LANG=0 "ProductName" "${APP_NAME}"
VIAddVersionKey /LANG=0 "CompanyName" "${PUBLISHER}"
VIAddVersionKey /LANG=0 "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=0 "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=0 "FileDescription" "${APP_NAME} installer"
VIAddVersionKey /LANG=0 "LegalCopyright" "${PUBLISHER}"

!ifdef ICON
  !define MUI_ICON "${ICON}"
  !define MUI_UNICON "${ICON}"
!endif
!define MUI_ABORTWARNING

Var ProfileArg      ; /PROFILE= from the command line
Var Purge           ; /PURGE on the uninstaller's command line
Var UrlField
Var WardField
Var CaField
Var Url
Var Ward
Var Ca

!insertmacro MUI_PAGE_WELCOME
!insertmacro MUI_PAGE_DIRECTORY
Page custom ProfilePage ProfilePageLeave
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES

; Vietnamese first: the offices' language
!insertmacro MUI_LANGUAGE "Vietnamese"
!insertmacro MUI_LANGUAGE "English"

LangString PageTitle ${LANG_VIETNAMESE} "Cấu hình đơn vị"
LangString PageTitle ${LANG_ENGLISH} "Site profile"
LangString PageSubtitle ${LANG_VIETNAMESE} "Địa chỉ máy chủ IOC, phường và chứng chỉ CA của thành phố."
LangString PageSubtitle ${LANG_ENGLISH} "The IOC backend's address, the ward and the city's CA certificate."
LangString UrlLabel ${LANG_VIETNAMESE} "Địa chỉ máy chủ (https://…):"
LangString UrlLabel ${LANG_ENGLISH} "Backend address (https://…):"
LangString WardLabel ${LANG_VIETNAMESE} "Mã phường (để trống nếu toàn thành phố):"
LangString WardLabel ${LANG_ENGLISH} "Ward code (empty for the whole city):"
LangString CaLabel ${LANG_VIETNAMESE} "Tệp chứng chỉ CA (không bắt buộc):"
LangString CaLabel ${LANG_ENGLISH} "CA certificate file (optional):"
LangString Browse ${LANG_VIETNAMESE} "Chọn…"
LangString Browse ${LANG_ENGLISH} "Browse…"
LangString BadUrl ${LANG_VIETNAMESE} "Địa chỉ máy chủ phải bắt đầu bằng https://"
LangString BadUrl ${LANG_ENGLISH} "The backend address must start with https://"
LangString BadWard ${LANG_VIETNAMESE} "Mã phường chỉ gồm chữ số (ví dụ 29888)."
LangString BadWard ${LANG_ENGLISH} "A ward code is digits only (for example 29888)."
LangString BadCa ${LANG_VIETNAMESE} "Không tìm thấy tệp chứng chỉ CA."
LangString BadCa ${LANG_ENGLISH} "The CA certificate file does not exist."
LangString NoProfile ${LANG_VIETNAMESE} "Không tìm thấy tệp cấu hình đơn vị được chỉ định bằng /PROFILE="
LangString NoProfile ${LANG_ENGLISH} "The site profile named by /PROFILE= does not exist"

Function .onInit
  ${IfNot} ${RunningX64}
    MessageBox MB_ICONSTOP "IOC Console needs 64-bit Windows." /SD IDOK
    Abort
  ${EndIf}
  SetRegView 64
  SetShellVarContext all
  ${GetParameters} $0
  ClearErrors
  ${GetOptions} $0 "/PROFILE=" $ProfileArg
  ${If} ${Errors}
    StrCpy $ProfileArg ""
  ${EndIf}
  ${If} $ProfileArg != ""
  ${AndIfNot} ${FileExists} $ProfileArg
    MessageBox MB_ICONSTOP "$(NoProfile): $ProfileArg" /SD IDOK
    SetErrorLevel 2
    Quit
  ${EndIf}
FunctionEnd

Function ProfilePage
  ; a profile given on the command line, or one already there (an upgrade): no questions
  ${If} $ProfileArg != ""
  ${OrIf} ${FileExists} "${PROFILE_DIR}\site.toml"
    Abort
  ${EndIf}
  !insertmacro MUI_HEADER_TEXT "$(PageTitle)" "$(PageSubtitle)"
  nsDialogs::Create 1018
  Pop $0
  ${NSD_CreateLabel} 0 0 100% 12u "$(UrlLabel)"
  Pop $0
  ${NSD_CreateText} 0 13u 100% 12u "https://"
  Pop $UrlField
  ${NSD_CreateLabel} 0 32u 100% 12u "$(WardLabel)"
  Pop $0
  ${NSD_CreateText} 0 45u 40% 12u ""
  Pop $WardField
  ${NSD_CreateLabel} 0 64u 100% 12u "$(CaLabel)"
  Pop $0
  ${NSD_CreateFileRequest} 0 77u 80% 12u ""
  Pop $CaField
  ${NSD_CreateBrowseButton} 82% 77u 18% 12u "$(Browse)"
  Pop $0
  ${NSD_OnClick} $0 BrowseCa
  nsDialogs::Show
FunctionEnd

Function BrowseCa
  nsDialogs::SelectFileDialog open "" "PEM (*.pem;*.crt)|*.pem;*.crt|*.*|*.*"
  Pop $0
  ${If} $0 != ""
    ${NSD_SetText} $CaField $0
  ${EndIf}
FunctionEnd

Function ProfilePageLeave
  ${NSD_GetText} $UrlField $Url
  ${NSD_GetText} $WardField $Ward
  ${NSD_GetText} $CaField $Ca
  StrCpy $0 $Url 8
  ${If} $0 != "https://"
  ${OrIf} $Url == "https://"
    MessageBox MB_ICONEXCLAMATION "$(BadUrl)"
    Abort
  ${EndIf}
  ${If} $Ward != ""
    StrCpy $1 0
    ${Do}
      StrCpy $2 $Ward 1 $1
      ${If} $2 == ""
        ${ExitDo}
      ${EndIf}
      ${If} $2 < "0"
      ${OrIf} $2 > "9"
        MessageBox MB_ICONEXCLAMATION "$(BadWard)"
        Abort
      ${EndIf}
      IntOp $1 $1 + 1
    ${Loop}
  ${EndIf}
  ${If} $Ca != ""
  ${AndIfNot} ${FileExists} $Ca
    MessageBox MB_ICONEXCLAMATION "$(BadCa)"
    Abort
  ${EndIf}
FunctionEnd

Section "IOC Console" SecMain
  SectionIn RO
  SetOutPath "$INSTDIR"
  File /r "${BUNDLE_DIR}\*.*"
  WriteUninstaller "$INSTDIR\uninst.exe"
!ifdef PROFILES_DIR
  SetOutPath "$INSTDIR\profiles"
  File "${PROFILES_DIR}\*.toml"
  SetOutPath "$INSTDIR"
!endif

  ; the site profile, readable by every user of the PC
  CreateDirectory "${PROFILE_DIR}"
  ${If} $ProfileArg != ""
    CopyFiles /SILENT "$ProfileArg" "${PROFILE_DIR}\site.toml"
  ${ElseIf} $Url != ""
    FileOpen $9 "${PROFILE_DIR}\site.toml" w
    FileWrite $9 "# Written by the IOC Console installer; see the templates in$\r$\n"
    FileWrite $9 "# $INSTDIR\profiles.$\r$\n$\r$\n"
    FileWrite $9 "[backend]$\r$\nurl = $\"$Url$\"$\r$\n"
    ${If} $Ca != ""
      CopyFiles /SILENT "$Ca" "${PROFILE_DIR}\ca.pem"
      FileWrite $9 "ca_bundle = 'ca.pem'$\r$\n"
    ${EndIf}
    ${If} $Ward != ""
      FileWrite $9 "$\r$\n[scope]$\r$\nward = $\"$Ward$\"$\r$\n"
    ${EndIf}
    FileClose $9
  ${EndIf}

  CreateDirectory "$SMPROGRAMS\${APP_NAME}"
  CreateShortCut "$SMPROGRAMS\${APP_NAME}\${APP_NAME}.lnk" "$INSTDIR\${APP_EXE}"
  CreateShortCut "$SMPROGRAMS\${APP_NAME}\Uninstall ${APP_NAME}.lnk" "$INSTDIR\uninst.exe"
  CreateShortCut "$DESKTOP\${APP_NAME}.lnk" "$INSTDIR\${APP_EXE}"

  WriteRegStr HKLM "${UNINST_KEY}" "DisplayName" "${APP_NAME}"
  WriteRegStr HKLM "${UNINST_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKLM "${UNINST_KEY}" "Publisher" "${PUBLISHER}"
  WriteRegStr HKLM "${UNINST_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKLM "${UNINST_KEY}" "DisplayIcon" "$INSTDIR\${APP_EXE}"
  WriteRegStr HKLM "${UNINST_KEY}" "UninstallString" "$\"$INSTDIR\uninst.exe$\""
  WriteRegStr HKLM "${UNINST_KEY}" "QuietUninstallString" "$\"$INSTDIR\uninst.exe$\" /S"
  WriteRegDWORD HKLM "${UNINST_KEY}" "NoModify" 1
  WriteRegDWORD HKLM "${UNINST_KEY}" "NoRepair" 1
  ${GetSize} "$INSTDIR" "/S=0K" $0 $1 $2
  IntFmt $0 "0x%08X" $0
  WriteRegDWORD HKLM "${UNINST_KEY}" "EstimatedSize" "$0"
SectionEnd

Function un.onInit
  SetRegView 64
  SetShellVarContext all
  ${GetParameters} $0
  ClearErrors
  ${GetOptions} $0 "/PURGE" $1
  ${If} ${Errors}
    StrCpy $Purge ""
  ${Else}
    StrCpy $Purge "1"
  ${EndIf}
FunctionEnd

Section "Uninstall"
  Delete "$DESKTOP\${APP_NAME}.lnk"
  RMDir /r "$SMPROGRAMS\${APP_NAME}"
  RMDir /r "$INSTDIR\_internal"
  Delete "$INSTDIR\ioc-console.exe"
  Delete "$INSTDIR\ioc-console-cli.exe"
  Delete "$INSTDIR\uninst.exe"
  RMDir /r "$INSTDIR\profiles"
  RMDir "$INSTDIR"
  DeleteRegKey HKLM "${UNINST_KEY}"
  ${If} $Purge == "1"
    Delete "${PROFILE_DIR}\site.toml"
    Delete "${PROFILE_DIR}\ca.pem"
    RMDir "${PROFILE_DIR}"
  ${EndIf}
SectionEnd
