@echo off
REM Build script for the project
:: another comment style
setlocal enabledelayedexpansion

set PROJECT=MyApp
set "OUT_DIR=%~dp0build"
set /a COUNT=0

if not exist "%OUT_DIR%" mkdir "%OUT_DIR%"

for %%f in (src\*.c) do (
    echo Compiling %%f ...
    cl.exe /nologo /O2 /c "%%f" /Fo"%OUT_DIR%\\"
    set /a COUNT+=1
)

if %ERRORLEVEL% neq 0 (
    echo Build failed with code %ERRORLEVEL% 1>&2
    goto :error
)

echo Compiled !COUNT! files for %PROJECT%
call :cleanup
xcopy /s /y assets "%OUT_DIR%\assets" > nul
ping -n 2 127.0.0.1 >nul
git log --oneline -5
echo Done ^& finished
exit /b 0

:cleanup
del /q "%OUT_DIR%\*.obj" 2>nul
goto :eof

:error
echo 'Something went wrong' `backtick`
exit /b 1
