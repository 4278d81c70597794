@echo off
rem Launcher for Windows, beside ./cba: builds target\cba.jar with Maven when it is missing, then runs it.
rem Paths given to cba are relative to the folder you run it from.
setlocal
set "HERE=%~dp0"
set "JAR=%HERE%target\cba.jar"
if not exist "%JAR%" (
  echo cba: building ^(first run^)... 1>&2
  pushd "%HERE%"
  call mvn -q -B -Dstyle.color=never -Dmaven.test.skip=true package 1>&2
  if errorlevel 1 (
    popd
    echo cba: build failed 1>&2
    exit /b 70
  )
  popd
)
rem A command line run is short: stop at the C1 compiler (see ./cba); a REPL or language server keeps C2.
set "JIT=-XX:TieredStopAtLevel=1"
if "%~1"=="repl" set "JIT="
if "%~1"=="lsp" set "JIT="
java -XX:+UseSerialGC -Xshare:auto %JIT% -jar "%JAR%" %*
exit /b %ERRORLEVEL%
