# language: en
@auth @smoke
Feature: User login
  In order to access my account
  As a registered user
  I want to log in with my credentials

  Background:
    Given the following users exist:
      | username | password | role  |
      | alice    | secret1  | admin |
      | bob      | secret2  | user  |

  Scenario: Successful login
    Given I am on the "login" page
    When I fill in "username" with "alice"
    And I fill in "password" with "secret1"
    And I press "Log in"
    Then I should see "Welcome, alice"
    But I should not see "Error"

  @wip
  Scenario Outline: Failed login
    Given I am on the login page
    When I log in as <username> with <password>
    Then I should see the message <message>

    Examples:
      | username | password | message             |
      | alice    | wrong    | Invalid credentials |
      | nobody   | x        | Unknown user        |

  Scenario: Long text
    Given a document with:
      """
      Some long text
      spanning lines
      """
    * it is saved
