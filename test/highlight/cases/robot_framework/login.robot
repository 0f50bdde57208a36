Free text before the first section is ignored.

*** Settings ***
Documentation     A test suite with a single test for valid login.
...               This test has a workflow that is created using keywords
...               in the imported resource file.
Library           SeleniumLibrary
Library           Collections
Resource          resource.robot
Suite Setup       Open Browser To Login Page
Suite Teardown    Close Browser
Test Template     Login With Invalid Credentials Should Fail
Force Tags        smoke    login

*** Variables ***
${SERVER}         localhost:7272
${BROWSER}        Firefox
${DELAY}          0
@{USERS}          demo    admin    guest
&{CREDENTIALS}    username=demo    password=mode
${LOGIN URL}      http://${SERVER}/

*** Test Cases ***
Valid Login
    [Documentation]    Logs in with valid credentials.
    [Tags]    positive
    Given browser is opened to login page
    When user "demo" logs in with password "mode"
    Then welcome page should be open
    ${count} =    Get Length    ${USERS}
    Should Be Equal As Integers    ${count}    3
    FOR    ${user}    IN    @{USERS}
        Log    Checking ${user}
    END

Invalid Username                 invalid          ${VALID PASSWORD}
Empty Password                   ${VALID USER}    ${EMPTY}

| Pipe Separated Test | Log | Hello |
|                     | Log | World # not a comment |

*** Keywords ***
Open Browser To Login Page
    [Arguments]    ${url}=${LOGIN URL}
    Open Browser    ${url}    ${BROWSER}
    Maximize Browser Window
    Set Selenium Speed    ${DELAY}
    Login Page Should Be Open
    # a comment line

User "${username}" logs in with password "${password}"
    Input Username    ${username}
    Input Password    ${password}
    Submit Credentials
    [Return]    ${TRUE}

Login Page Should Be Open
    Title Should Be    Login Page
    ${value}=    Get From Dictionary    ${CREDENTIALS}    username
    Run Keyword If    '${value}' == 'demo'    Log    ok    ELSE    Fail
