<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ActivityText</name>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n h</numerusform>
            <numerusform>%n h</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuthService</name>
    <message numerus="yes">
        <source>Too many wrong passwords: try again in %n second(s).</source>
        <translation>
            <numerusform>Too many wrong passwords: try again in %n second.</numerusform>
            <numerusform>Too many wrong passwords: try again in %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BoardText</name>
    <message numerus="yes">
        <source>%Ln in other currencies not converted</source>
        <translation>
            <numerusform>%Ln in another currency not converted</numerusform>
            <numerusform>%Ln in other currencies not converted</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %Ln more</source>
        <translation>
            <numerusform>and %Ln more</numerusform>
            <numerusform>and %Ln more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CalendarAgenda</name>
    <message numerus="yes">
        <source>%n users are called &quot;%1&quot;; give the e-mail address instead.</source>
        <translation>
            <numerusform>%n user is called &quot;%1&quot;; give the e-mail address instead.</numerusform>
            <numerusform>%n users are called &quot;%1&quot;; give the e-mail address instead.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CallListCommand</name>
    <message numerus="yes">
        <source>%1: %n entry(ies) assigned</source>
        <translation>
            <numerusform>%1: %n entry assigned</numerusform>
            <numerusform>%1: %n entries assigned</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChartBuilder</name>
    <message numerus="yes">
        <source>%Ln deal(s)</source>
        <translation>
            <numerusform>%Ln deal</numerusform>
            <numerusform>%Ln deals</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln call(s)</source>
        <translation>
            <numerusform>%Ln call</numerusform>
            <numerusform>%Ln calls</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DashboardData</name>
    <message numerus="yes">
        <source>%n deal(s) in %1 without an exchange rate are not added.</source>
        <translation>
            <numerusform>%n deal in %1 without an exchange rate is not added.</numerusform>
            <numerusform>%n deals in %1 without an exchange rate are not added.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Fieldbook::AccountEditor</name>
    <message numerus="yes">
        <source>The annual revenue “%1” is not an amount in %2 (at most %n decimal(s)).</source>
        <translation>
            <numerusform>The annual revenue “%1” is not an amount in %2 (at most %n decimal).</numerusform>
            <numerusform>The annual revenue “%1” is not an amount in %2 (at most %n decimals).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Fieldbook::AssignLeadsDialog</name>
    <message numerus="yes">
        <source>Give %n lead(s) in turn to the reps of a team.</source>
        <translation>
            <numerusform>Give %n lead in turn to the reps of a team.</numerusform>
            <numerusform>Give %n leads in turn to the reps of a team.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Give %n lead(s) to:</source>
        <translation>
            <numerusform>Give %n lead to:</numerusform>
            <numerusform>Give %n leads to:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Fieldbook::CalendarText</name>
    <message numerus="yes">
        <source>+%n more</source>
        <comment>entries a month cell cannot show</comment>
        <translation>
            <numerusform>+%n more</numerusform>
            <numerusform>+%n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Fieldbook::CalendarTransfer</name>
    <message numerus="yes">
        <source>%1: %n event(s) added</source>
        <translation>
            <numerusform>%1: %n event added</numerusform>
            <numerusform>%1: %n events added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated</source>
        <translation>
            <numerusform>%n updated</numerusform>
            <numerusform>%n updated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) added</source>
        <translation>
            <numerusform>%n task added</numerusform>
            <numerusform>%n tasks added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) could not be kept; the details say which and why.</source>
        <translation>
            <numerusform>%n item could not be kept; the details say which and why.</numerusform>
            <numerusform>%n items could not be kept; the details say which and why.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Fieldbook::CallListsDialog</name>
    <message numerus="yes">
        <source>“%1”: %n open number(s) handed out in turn to %2.</source>
        <translation>
            <numerusform>“%1”: %n open number handed out in turn to %2.</numerusform>
            <numerusform>“%1”: %n open numbers handed out in turn to %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n people</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n number(s) moved from %1 to %2.</source>
        <translation>
            <numerusform>%n number moved from %1 to %2.</numerusform>
            <numerusform>%n numbers moved from %1 to %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Fieldbook::ConvertLeadDialog</name>
    <message numerus="yes">
        <source>The amount “%1” is not an amount in %2 (at most %n decimal(s)).</source>
        <translation>
            <numerusform>The amount “%1” is not an amount in %2 (at most %n decimal).</numerusform>
            <numerusform>The amount “%1” is not an amount in %2 (at most %n decimals).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Fieldbook::CustomerSegmentsView</name>
    <message numerus="yes">
        <source>%1: %Ln account(s), %2</source>
        <translation>
            <numerusform>%1: %Ln account, %2</numerusform>
            <numerusform>%1: %Ln accounts, %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>As of %1: %Ln account(s) with won business scored, %2 in total.</source>
        <translation>
            <numerusform>As of %1: %Ln account with won business scored, %2 in total.</numerusform>
            <numerusform>As of %1: %Ln accounts with won business scored, %2 in total.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln account(s) without won business not scored.</source>
        <translation>
            <numerusform>%Ln account without won business not scored.</numerusform>
            <numerusform>%Ln accounts without won business not scored.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln deal(s) in %1 (%2)</source>
        <translation>
            <numerusform>%Ln deal in %1 (%2)</numerusform>
            <numerusform>%Ln deals in %1 (%2)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Fieldbook::DashboardSection</name>
    <message numerus="yes">
        <source>FY%1 · %Ln opportunity(ies) · %2</source>
        <translation>
            <numerusform>FY%1 · %Ln opportunity · %2</numerusform>
            <numerusform>FY%1 · %Ln opportunities · %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Fieldbook::DealListPane</name>
    <message numerus="yes">
        <source>%1 — %Ln opportunity(ies), %2</source>
        <translation>
            <numerusform>%1 — %Ln opportunity, %2</numerusform>
            <numerusform>%1 — %Ln opportunities, %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Fieldbook::EventEditorReminders</name>
    <message numerus="yes">
        <source>%n minute(s) after the start</source>
        <translation>
            <numerusform>%n minute after the start</numerusform>
            <numerusform>%n minutes after the start</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) before</source>
        <translation>
            <numerusform>%n day before</numerusform>
            <numerusform>%n days before</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) before</source>
        <translation>
            <numerusform>%n hour before</numerusform>
            <numerusform>%n hours before</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) before</source>
        <translation>
            <numerusform>%n minute before</numerusform>
            <numerusform>%n minutes before</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Fieldbook::ExportDialog</name>
    <message numerus="yes">
        <source>Exported %Ln contact(s) to %1.</source>
        <translation>
            <numerusform>Exported %Ln contact to %1.</numerusform>
            <numerusform>Exported %Ln contacts to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln account(s) to %1.</source>
        <translation>
            <numerusform>Exported %Ln account to %1.</numerusform>
            <numerusform>Exported %Ln accounts to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Fieldbook::ForecastRollupModel</name>
    <message numerus="yes">
        <source>%n deal(s) in %1 without an exchange rate are not added.</source>
        <translation>
            <numerusform>%n deal in %1 without an exchange rate is not added.</numerusform>
            <numerusform>%n deals in %1 without an exchange rate are not added.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Fieldbook::ImportDryRunPage</name>
    <message numerus="yes">
        <source>Nothing can be imported from this file: %Ln row(s) rejected.</source>
        <translation>
            <numerusform>Nothing can be imported from this file: %Ln row rejected.</numerusform>
            <numerusform>Nothing can be imported from this file: %Ln rows rejected.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Fieldbook::ImportMappingPage</name>
    <message numerus="yes">
        <source>The file has %Ln data row(s).</source>
        <translation>
            <numerusform>The file has %Ln data row.</numerusform>
            <numerusform>The file has %Ln data rows.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) cannot be read and will be rejected, for example: %1</source>
        <translation>
            <numerusform>%Ln row cannot be read and will be rejected, for example: %1</numerusform>
            <numerusform>%Ln rows cannot be read and will be rejected, for example: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Fieldbook::LeadsSection</name>
    <message numerus="yes">
        <source>%n lead(s)</source>
        <translation>
            <numerusform>%n lead</numerusform>
            <numerusform>%n leads</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lead(s) deleted.</source>
        <translation>
            <numerusform>%n lead deleted.</numerusform>
            <numerusform>%n leads deleted.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Fieldbook::MoneyField</name>
    <message numerus="yes">
        <source>Not an amount: use digits and at most %n decimal(s).</source>
        <translation>
            <numerusform>Not an amount: use digits and at most %n decimal.</numerusform>
            <numerusform>Not an amount: use digits and at most %n decimals.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Fieldbook::NewCallListDialog</name>
    <message numerus="yes">
        <source>Add the %n selected lead(s) to:</source>
        <translation>
            <numerusform>Add the selected lead to:</numerusform>
            <numerusform>Add the %n selected leads to:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add the main numbers of the %n selected account(s) to:</source>
        <translation>
            <numerusform>Add the main number of the selected account to:</numerusform>
            <numerusform>Add the main numbers of the %n selected accounts to:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add the %n selected contact(s) to:</source>
        <translation>
            <numerusform>Add the selected contact to:</numerusform>
            <numerusform>Add the %n selected contacts to:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“%1”: %n number(s) added</source>
        <translation>
            <numerusform>“%1”: %n number added</numerusform>
            <numerusform>“%1”: %n numbers added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n do not call</source>
        <translation>
            <numerusform>%n do not call</numerusform>
            <numerusform>%n do not call</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already on the list</source>
        <translation>
            <numerusform>%n already on the list</numerusform>
            <numerusform>%n already on the list</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n without a number</source>
        <translation>
            <numerusform>%n without a number</numerusform>
            <numerusform>%n without a number</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n new lead(s) for numbers nobody had</source>
        <translation>
            <numerusform>; %n new lead for a number nobody had</numerusform>
            <numerusform>; %n new leads for numbers nobody had</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>. %n row(s) of the file could not be read; the first: %1</source>
        <translation>
            <numerusform>. %n row of the file could not be read: %1</numerusform>
            <numerusform>. %n rows of the file could not be read; the first: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Fieldbook::OpportunitiesSection</name>
    <message numerus="yes">
        <source>these %n opportunities</source>
        <translation>
            <numerusform>this opportunity</numerusform>
            <numerusform>these %n opportunities</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Moved %n opportunities to %1.</source>
        <translation>
            <numerusform>Moved %n opportunity to %1.</numerusform>
            <numerusform>Moved %n opportunities to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Fieldbook::OpportunityEditor</name>
    <message numerus="yes">
        <source>The amount “%1” is not an amount in %2 (at most %n decimal(s)).</source>
        <translation>
            <numerusform>The amount “%1” is not an amount in %2 (at most %n decimal).</numerusform>
            <numerusform>The amount “%1” is not an amount in %2 (at most %n decimals).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Fieldbook::PriceListsTab</name>
    <message numerus="yes">
        <source>%1 of %n price(s)</source>
        <translation>
            <numerusform>%1 of %n price</numerusform>
            <numerusform>%1 of %n prices</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n price(s)</source>
        <translation>
            <numerusform>%n price</numerusform>
            <numerusform>%n prices</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Fieldbook::ProductsTab</name>
    <message numerus="yes">
        <source>%1 of %n product(s)</source>
        <translation>
            <numerusform>%1 of %n product</numerusform>
            <numerusform>%1 of %n products</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n product(s)</source>
        <translation>
            <numerusform>%n product</numerusform>
            <numerusform>%n products</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Fieldbook::QuotaGridDialog</name>
    <message numerus="yes">
        <source>%n quotas changed</source>
        <translation>
            <numerusform>%n quota changed</numerusform>
            <numerusform>%n quotas changed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Fieldbook::QuoteEditor</name>
    <message numerus="yes">
        <source>Saved %1 (%n page(s)).</source>
        <translation>
            <numerusform>Saved %1 (%n page).</numerusform>
            <numerusform>Saved %1 (%n pages).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Fieldbook::ReasonDialog</name>
    <message numerus="yes">
        <source>Why are these %n leads disqualified?</source>
        <translation>
            <numerusform>Why is this lead disqualified?</numerusform>
            <numerusform>Why are these %n leads disqualified?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Fieldbook::RecurrenceEditor</name>
    <message numerus="yes">
        <source> day(s)</source>
        <translation>
            <numerusform> day</numerusform>
            <numerusform> days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> week(s)</source>
        <translation>
            <numerusform> week</numerusform>
            <numerusform> weeks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> month(s)</source>
        <translation>
            <numerusform> month</numerusform>
            <numerusform> months</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> year(s)</source>
        <translation>
            <numerusform> year</numerusform>
            <numerusform> years</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> time(s)</source>
        <translation>
            <numerusform> time</numerusform>
            <numerusform> times</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Fieldbook::RecurrenceText</name>
    <message numerus="yes">
        <source>%1, %n times</source>
        <translation>
            <numerusform>%1, once</numerusform>
            <numerusform>%1, %n times</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>every %n seconds</source>
        <translation>
            <numerusform>every second</numerusform>
            <numerusform>every %n seconds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>every %n minutes</source>
        <translation>
            <numerusform>every minute</numerusform>
            <numerusform>every %n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>every %n hours</source>
        <translation>
            <numerusform>every hour</numerusform>
            <numerusform>every %n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>every %n days</source>
        <translation>
            <numerusform>daily</numerusform>
            <numerusform>every %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>every %n weeks on %1</source>
        <translation>
            <numerusform>every week on %1</numerusform>
            <numerusform>every %n weeks on %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>every %n months on %1</source>
        <translation>
            <numerusform>every month on %1</numerusform>
            <numerusform>every %n months on %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>every %1 of every %n months</source>
        <translation>
            <numerusform>every %1 of every month</numerusform>
            <numerusform>every %1 of every %n months</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the %1 of every %n months</source>
        <translation>
            <numerusform>the %1 of every month</numerusform>
            <numerusform>the %1 of every %n months</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>every %n years on %1</source>
        <translation>
            <numerusform>every year on %1</numerusform>
            <numerusform>every %n years on %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>every %n years on the %1 of %2</source>
        <translation>
            <numerusform>every year on the %1 of %2</numerusform>
            <numerusform>every %n years on the %1 of %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>every %n years on day %1 of the year</source>
        <translation>
            <numerusform>every year on day %1 of the year</numerusform>
            <numerusform>every %n years on day %1 of the year</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Fieldbook::ReminderCenter</name>
    <message numerus="yes">
        <source>Fieldbook: %n reminder(s)</source>
        <translation>
            <numerusform>Fieldbook: %n reminder</numerusform>
            <numerusform>Fieldbook: %n reminders</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reminder(s)</source>
        <translation>
            <numerusform>%n reminder</numerusform>
            <numerusform>%n reminders</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Fieldbook::SyncIssuesDialog</name>
    <message numerus="yes">
        <source>Discard %Ln change(s)? The values they replaced come back on this computer.</source>
        <translation>
            <numerusform>Discard %Ln change? The values they replaced come back on this computer.</numerusform>
            <numerusform>Discard %Ln changes? The values they replaced come back on this computer.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Fieldbook::TaskText</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n h</numerusform>
            <numerusform>%n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>at %1, %n days before</source>
        <translation>
            <numerusform>at %1, %n day before</numerusform>
            <numerusform>at %1, %n days before</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) before</source>
        <translation>
            <numerusform>%n day before</numerusform>
            <numerusform>%n days before</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) before</source>
        <translation>
            <numerusform>%n hour before</numerusform>
            <numerusform>%n hours before</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) before</source>
        <translation>
            <numerusform>%n minute before</numerusform>
            <numerusform>%n minutes before</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Fieldbook::TelesalesSection</name>
    <message numerus="yes">
        <source>You are working offline. %1 also work(s) “%2”: each of you calls only the numbers assigned to you, and every call is kept when you sync again.</source>
        <translation>
            <numerusform>You are working offline. %1 also works “%2”: each of you calls only the numbers assigned to you, and every call is kept when you sync again.</numerusform>
            <numerusform>You are working offline. %1 also work “%2”: each of you calls only the numbers assigned to you, and every call is kept when you sync again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FirstConnectQuestion</name>
    <message numerus="yes">
        <source>This store holds %n record(s) of users who exist only on this computer (such as the demo&apos;s sales team). The server would refuse every one of them.

Yes: take them over as yours; they are sent to the server as your records.
No: start from the server&apos;s data; this file is kept as the backup %1 and the store is emptied.</source>
        <translation>
            <numerusform>This store holds %n record of a user who exists only on this computer (such as the demo&apos;s sales team). The server would refuse every one of them.

Yes: take them over as yours; they are sent to the server as your records.
No: start from the server&apos;s data; this file is kept as the backup %1 and the store is emptied.</numerusform>
            <numerusform>This store holds %n records of users who exist only on this computer (such as the demo&apos;s sales team). The server would refuse every one of them.

Yes: take them over as yours; they are sent to the server as your records.
No: start from the server&apos;s data; this file is kept as the backup %1 and the store is emptied.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LeadWorkflow</name>
    <message numerus="yes">
        <source>%n lead(s)</source>
        <translation>
            <numerusform>%n lead</numerusform>
            <numerusform>%n leads</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lead(s) qualified.</source>
        <translation>
            <numerusform>%n lead qualified.</numerusform>
            <numerusform>%n leads qualified.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lead(s) disqualified: %1</source>
        <translation>
            <numerusform>%n lead disqualified: %1</numerusform>
            <numerusform>%n leads disqualified: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lead(s) assigned in turn to %1.</source>
        <translation>
            <numerusform>%n lead assigned in turn to %1.</numerusform>
            <numerusform>%n leads assigned in turn to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PipelineRepository</name>
    <message numerus="yes">
        <source>%n opportunities are still in the stage “%1”; move them to another stage before removing it.</source>
        <translation>
            <numerusform>%n opportunity is still in the stage “%1”; move it to another stage before removing the stage.</numerusform>
            <numerusform>%n opportunities are still in the stage “%1”; move them to another stage before removing it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open opportunities are still in the pipeline “%1”; close them or move them to another pipeline first.</source>
        <translation>
            <numerusform>%n open opportunity is still in the pipeline “%1”; close it or move it to another pipeline first.</numerusform>
            <numerusform>%n open opportunities are still in the pipeline “%1”; close them or move them to another pipeline first.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProgressText</name>
    <message numerus="yes">
        <source>Checked %1 of ~%Ln row(s)</source>
        <translation>
            <numerusform>Checked %1 of ~%Ln row</numerusform>
            <numerusform>Checked %1 of ~%Ln rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Checked %1 of %Ln record(s)</source>
        <translation>
            <numerusform>Checked %1 of %Ln record</numerusform>
            <numerusform>Checked %1 of %Ln records</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %1 of ~%Ln row(s)</source>
        <translation>
            <numerusform>Imported %1 of ~%Ln row</numerusform>
            <numerusform>Imported %1 of ~%Ln rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %1 of %Ln record(s)</source>
        <translation>
            <numerusform>Imported %1 of %Ln record</numerusform>
            <numerusform>Imported %1 of %Ln records</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %1 of %Ln record(s)</source>
        <translation>
            <numerusform>Exported %1 of %Ln record</numerusform>
            <numerusform>Exported %1 of %Ln records</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Generated %1 of %Ln record(s)</source>
        <translation>
            <numerusform>Generated %1 of %Ln record</numerusform>
            <numerusform>Generated %1 of %Ln records</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Checked %Ln row(s)</source>
        <translation>
            <numerusform>Checked %Ln row</numerusform>
            <numerusform>Checked %Ln rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln row(s)</source>
        <translation>
            <numerusform>Imported %Ln row</numerusform>
            <numerusform>Imported %Ln rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln record(s)</source>
        <translation>
            <numerusform>Exported %Ln record</numerusform>
            <numerusform>Exported %Ln records</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Generated %Ln record(s)</source>
        <translation>
            <numerusform>Generated %Ln record</numerusform>
            <numerusform>Generated %Ln records</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncCommand</name>
    <message numerus="yes">
        <source>took over %n record(s) of users who exist only in this database</source>
        <translation>
            <numerusform>took over %n record of a user who exists only in this database</numerusform>
            <numerusform>took over %n records of users who exist only in this database</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>this database holds %n record(s) of users who exist only here (such as demo data), which the server would refuse: run again with --take-over to make them yours, or with --fresh to start from the server&apos;s data (the database is kept as a backup first)</source>
        <translation>
            <numerusform>this database holds %n record of a user who exists only here (such as demo data), which the server would refuse: run again with --take-over to make it yours, or with --fresh to start from the server&apos;s data (the database is kept as a backup first)</numerusform>
            <numerusform>this database holds %n records of users who exist only here (such as demo data), which the server would refuse: run again with --take-over to make them yours, or with --fresh to start from the server&apos;s data (the database is kept as a backup first)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncEngine</name>
    <message numerus="yes">
        <source>%n change(s) sent</source>
        <translation>
            <numerusform>%n change sent</numerusform>
            <numerusform>%n changes sent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) received</source>
        <translation>
            <numerusform>%n record received</numerusform>
            <numerusform>%n records received</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n received record(s) could not be stored on this computer and were set aside (see Sync issues).</source>
        <translation>
            <numerusform>%n received record could not be stored on this computer and was set aside (see Sync issues).</numerusform>
            <numerusform>%n received records could not be stored on this computer and were set aside (see Sync issues).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncStatusText</name>
    <message numerus="yes">
        <source>Sending %Ln change(s)…</source>
        <translation>
            <numerusform>Sending %Ln change…</numerusform>
            <numerusform>Sending %Ln changes…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Syncing… %Ln received</source>
        <translation>
            <numerusform>Syncing… %Ln received</numerusform>
            <numerusform>Syncing… %Ln received</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s) waiting</source>
        <translation>
            <numerusform>%Ln change waiting</numerusform>
            <numerusform>%Ln changes waiting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>· %Ln issue(s)</source>
        <translation>
            <numerusform>· %Ln issue</numerusform>
            <numerusform>· %Ln issues</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s) made here will be sent at the next sync.</source>
        <translation>
            <numerusform>%Ln change made here will be sent at the next sync.</numerusform>
            <numerusform>%Ln changes made here will be sent at the next sync.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s) waiting to be sent.</source>
        <translation>
            <numerusform>%Ln change waiting to be sent.</numerusform>
            <numerusform>%Ln changes waiting to be sent.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln sync issue(s) wait for your decision.</source>
        <translation>
            <numerusform>%Ln sync issue wait for your decision.</numerusform>
            <numerusform>%Ln sync issues wait for your decision.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Syncing… %1 of %Ln received</source>
        <translation>
            <numerusform>Syncing… %1 of %Ln received</numerusform>
            <numerusform>Syncing… %1 of %Ln received</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Transferring files… %1 of %Ln</source>
        <translation>
            <numerusform>Transferring files… %1 of %Ln</numerusform>
            <numerusform>Transferring files… %1 of %Ln</numerusform>
        </translation>
    </message>
</context>
</TS>
