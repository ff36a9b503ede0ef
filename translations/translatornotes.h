// SPDX-FileCopyrightText: 2026 Phin Security
// SPDX-License-Identifier: GPL-3.0-or-later
// Notes for translators. Not compiled: lupdate reads this file (see CMakeLists.txt) and shows
// each note as the description of its context in Qt Linguist.

/* TRANSLATOR CheckCommand

   phin-cw-check: command-line help and messages. Options (--site), environment variables
   (CW_PUBLIC_KEY) and values such as text, json or markdown stay as they are; translate the
   upper-case value names (FILE, NAME) consistently within the help.

   ConnectWise Manage is shown in English to most MSPs: keep ConnectWise's own names exactly as
   ConnectWise shows them, so the steps match the screen. That includes menu paths ("System >
   Security Roles", "System > Members > API Members", "System > My Company"), module and function
   names ("Company Maintenance", "Service Desk", "Service Tickets", "Finance > Agreements",
   "Manage Attachments", "Member Maintenance"), tabs and fields ("API Keys", "Public Key",
   "Private Key", "Service Defaults", "Default Board", "Company", "Member ID", "Member Name"),
   level names ("Inquire Level", "Add Level", "Edit Level", "All", "My") and the suggested role
   name "Phin Integration". The Phin feature names "Billing" and "Service Desk" also stay in
   English. Keep every %1, %2 and %n, HTML tags and entities such as &gt;.
*/

/* TRANSLATOR CheckRows

   Rows of the check table in the wizard.

   ConnectWise Manage is shown in English to most MSPs: keep ConnectWise's own names exactly as
   ConnectWise shows them, so the steps match the screen. That includes menu paths ("System >
   Security Roles", "System > Members > API Members", "System > My Company"), module and function
   names ("Company Maintenance", "Service Desk", "Service Tickets", "Finance > Agreements",
   "Manage Attachments", "Member Maintenance"), tabs and fields ("API Keys", "Public Key",
   "Private Key", "Service Defaults", "Default Board", "Company", "Member ID", "Member Name"),
   level names ("Inquire Level", "Add Level", "Edit Level", "All", "My") and the suggested role
   name "Phin Integration". The Phin feature names "Billing" and "Service Desk" also stay in
   English. Keep every %1, %2 and %n, HTML tags and entities such as &gt;.
*/

/* TRANSLATOR CheckRunner

   Remediation and evidence text for each permission check.

   ConnectWise Manage is shown in English to most MSPs: keep ConnectWise's own names exactly as
   ConnectWise shows them, so the steps match the screen. That includes menu paths ("System >
   Security Roles", "System > Members > API Members", "System > My Company"), module and function
   names ("Company Maintenance", "Service Desk", "Service Tickets", "Finance > Agreements",
   "Manage Attachments", "Member Maintenance"), tabs and fields ("API Keys", "Public Key",
   "Private Key", "Service Defaults", "Default Board", "Company", "Member ID", "Member Name"),
   level names ("Inquire Level", "Add Level", "Edit Level", "All", "My") and the suggested role
   name "Phin Integration". The Phin feature names "Billing" and "Service Desk" also stay in
   English. Keep every %1, %2 and %n, HTML tags and entities such as &gt;.
*/

/* TRANSLATOR CompanyLookup

   Messages when the ConnectWise company lookup fails.

   ConnectWise Manage is shown in English to most MSPs: keep ConnectWise's own names exactly as
   ConnectWise shows them, so the steps match the screen. That includes menu paths ("System >
   Security Roles", "System > Members > API Members", "System > My Company"), module and function
   names ("Company Maintenance", "Service Desk", "Service Tickets", "Finance > Agreements",
   "Manage Attachments", "Member Maintenance"), tabs and fields ("API Keys", "Public Key",
   "Private Key", "Service Defaults", "Default Board", "Company", "Member ID", "Member Name"),
   level names ("Inquire Level", "Add Level", "Edit Level", "All", "My") and the suggested role
   name "Phin Integration". The Phin feature names "Billing" and "Service Desk" also stay in
   English. Keep every %1, %2 and %n, HTML tags and entities such as &gt;.
*/

/* TRANSLATOR ConnectionPage

   The connection details page of the wizard.

   ConnectWise Manage is shown in English to most MSPs: keep ConnectWise's own names exactly as
   ConnectWise shows them, so the steps match the screen. That includes menu paths ("System >
   Security Roles", "System > Members > API Members", "System > My Company"), module and function
   names ("Company Maintenance", "Service Desk", "Service Tickets", "Finance > Agreements",
   "Manage Attachments", "Member Maintenance"), tabs and fields ("API Keys", "Public Key",
   "Private Key", "Service Defaults", "Default Board", "Company", "Member ID", "Member Name"),
   level names ("Inquire Level", "Add Level", "Edit Level", "All", "My") and the suggested role
   name "Phin Integration". The Phin feature names "Billing" and "Service Desk" also stay in
   English. Keep every %1, %2 and %n, HTML tags and entities such as &gt;.
*/

/* TRANSLATOR InputValidation

   Messages shown under the connection fields while typing.

   ConnectWise Manage is shown in English to most MSPs: keep ConnectWise's own names exactly as
   ConnectWise shows them, so the steps match the screen. That includes menu paths ("System >
   Security Roles", "System > Members > API Members", "System > My Company"), module and function
   names ("Company Maintenance", "Service Desk", "Service Tickets", "Finance > Agreements",
   "Manage Attachments", "Member Maintenance"), tabs and fields ("API Keys", "Public Key",
   "Private Key", "Service Defaults", "Default Board", "Company", "Member ID", "Member Name"),
   level names ("Inquire Level", "Add Level", "Edit Level", "All", "My") and the suggested role
   name "Phin Integration". The Phin feature names "Billing" and "Service Desk" also stay in
   English. Keep every %1, %2 and %n, HTML tags and entities such as &gt;.
*/

/* TRANSLATOR IntegrationsPage

   The last page: turning the Phin features on or off.

   ConnectWise Manage is shown in English to most MSPs: keep ConnectWise's own names exactly as
   ConnectWise shows them, so the steps match the screen. That includes menu paths ("System >
   Security Roles", "System > Members > API Members", "System > My Company"), module and function
   names ("Company Maintenance", "Service Desk", "Service Tickets", "Finance > Agreements",
   "Manage Attachments", "Member Maintenance"), tabs and fields ("API Keys", "Public Key",
   "Private Key", "Service Defaults", "Default Board", "Company", "Member ID", "Member Name"),
   level names ("Inquire Level", "Add Level", "Edit Level", "All", "My") and the suggested role
   name "Phin Integration". The Phin feature names "Billing" and "Service Desk" also stay in
   English. Keep every %1, %2 and %n, HTML tags and entities such as &gt;.
*/

/* TRANSLATOR PagedLoader

   Messages while loading lists from ConnectWise.

   ConnectWise Manage is shown in English to most MSPs: keep ConnectWise's own names exactly as
   ConnectWise shows them, so the steps match the screen. That includes menu paths ("System >
   Security Roles", "System > Members > API Members", "System > My Company"), module and function
   names ("Company Maintenance", "Service Desk", "Service Tickets", "Finance > Agreements",
   "Manage Attachments", "Member Maintenance"), tabs and fields ("API Keys", "Public Key",
   "Private Key", "Service Defaults", "Default Board", "Company", "Member ID", "Member Name"),
   level names ("Inquire Level", "Add Level", "Edit Level", "All", "My") and the suggested role
   name "Phin Integration". The Phin feature names "Billing" and "Service Desk" also stay in
   English. Keep every %1, %2 and %n, HTML tags and entities such as &gt;.
*/

/* TRANSLATOR PreparePage

   The page that lists what to create in ConnectWise before connecting.

   ConnectWise Manage is shown in English to most MSPs: keep ConnectWise's own names exactly as
   ConnectWise shows them, so the steps match the screen. That includes menu paths ("System >
   Security Roles", "System > Members > API Members", "System > My Company"), module and function
   names ("Company Maintenance", "Service Desk", "Service Tickets", "Finance > Agreements",
   "Manage Attachments", "Member Maintenance"), tabs and fields ("API Keys", "Public Key",
   "Private Key", "Service Defaults", "Default Board", "Company", "Member ID", "Member Name"),
   level names ("Inquire Level", "Add Level", "Edit Level", "All", "My") and the suggested role
   name "Phin Integration". The Phin feature names "Billing" and "Service Desk" also stay in
   English. Keep every %1, %2 and %n, HTML tags and entities such as &gt;.
*/

/* TRANSLATOR RemediationPage

   The page that lists what to change in ConnectWise.

   ConnectWise Manage is shown in English to most MSPs: keep ConnectWise's own names exactly as
   ConnectWise shows them, so the steps match the screen. That includes menu paths ("System >
   Security Roles", "System > Members > API Members", "System > My Company"), module and function
   names ("Company Maintenance", "Service Desk", "Service Tickets", "Finance > Agreements",
   "Manage Attachments", "Member Maintenance"), tabs and fields ("API Keys", "Public Key",
   "Private Key", "Service Defaults", "Default Board", "Company", "Member ID", "Member Name"),
   level names ("Inquire Level", "Add Level", "Edit Level", "All", "My") and the suggested role
   name "Phin Integration". The Phin feature names "Billing" and "Service Desk" also stay in
   English. Keep every %1, %2 and %n, HTML tags and entities such as &gt;.
*/

/* TRANSLATOR ReportFormatter

   The text and Markdown report of phin-cw-check and the wizard. Keep the padding of the "Label:
   %1" lines so the values line up (pad every label of the block to the same width in your
   language). JSON keys and check ids are never translated.

   ConnectWise Manage is shown in English to most MSPs: keep ConnectWise's own names exactly as
   ConnectWise shows them, so the steps match the screen. That includes menu paths ("System >
   Security Roles", "System > Members > API Members", "System > My Company"), module and function
   names ("Company Maintenance", "Service Desk", "Service Tickets", "Finance > Agreements",
   "Manage Attachments", "Member Maintenance"), tabs and fields ("API Keys", "Public Key",
   "Private Key", "Service Defaults", "Default Board", "Company", "Member ID", "Member Name"),
   level names ("Inquire Level", "Add Level", "Edit Level", "All", "My") and the suggested role
   name "Phin Integration". The Phin feature names "Billing" and "Service Desk" also stay in
   English. Keep every %1, %2 and %n, HTML tags and entities such as &gt;.
*/

/* TRANSLATOR SiteAddress

   Messages about the ConnectWise site address.

   ConnectWise Manage is shown in English to most MSPs: keep ConnectWise's own names exactly as
   ConnectWise shows them, so the steps match the screen. That includes menu paths ("System >
   Security Roles", "System > Members > API Members", "System > My Company"), module and function
   names ("Company Maintenance", "Service Desk", "Service Tickets", "Finance > Agreements",
   "Manage Attachments", "Member Maintenance"), tabs and fields ("API Keys", "Public Key",
   "Private Key", "Service Defaults", "Default Board", "Company", "Member ID", "Member Name"),
   level names ("Inquire Level", "Add Level", "Edit Level", "All", "My") and the suggested role
   name "Phin Integration". The Phin feature names "Billing" and "Service Desk" also stay in
   English. Keep every %1, %2 and %n, HTML tags and entities such as &gt;.
*/

/* TRANSLATOR WelcomePage

   The first page of the wizard.

   ConnectWise Manage is shown in English to most MSPs: keep ConnectWise's own names exactly as
   ConnectWise shows them, so the steps match the screen. That includes menu paths ("System >
   Security Roles", "System > Members > API Members", "System > My Company"), module and function
   names ("Company Maintenance", "Service Desk", "Service Tickets", "Finance > Agreements",
   "Manage Attachments", "Member Maintenance"), tabs and fields ("API Keys", "Public Key",
   "Private Key", "Service Defaults", "Default Board", "Company", "Member ID", "Member Name"),
   level names ("Inquire Level", "Add Level", "Edit Level", "All", "My") and the suggested role
   name "Phin Integration". The Phin feature names "Billing" and "Service Desk" also stay in
   English. Keep every %1, %2 and %n, HTML tags and entities such as &gt;.
*/
