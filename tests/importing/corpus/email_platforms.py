"""Campaign summaries from Klaviyo (old and new), dotdigital and Brevo."""

from __future__ import annotations

from .base import csv_rows

KLAVIYO_OLD_HEADERS = [
    "Campaign Name", "Tags", "Subject", "List", "Send Time", "Send Weekday", "Total Recipients",
    "Unique Placed Order", "Placed Order Rate", "Revenue", "Unique Opens", "Open Rate",
    "Total Opens", "Unique Clicks", "Click Rate", "Total Clicks", "Unsubscribes",
    "Spam Complaints", "Spam Complaints Rate", "Successful Deliveries", "Bounces",
    "Bounce Rate", "Campaign ID", "Campaign Channel"]
KLAVIYO_OLD = csv_rows([
    KLAVIYO_OLD_HEADERS,
    ["Spring Sale SMS", "promo", "", "VIP", "2026-03-05 10:00:00", "Thursday", "1000", "25",
     "2.55%", "$1,234.50", "", "", "", "120", "12.24%", "150", "7", "0", "0.0%", "980", "20",
     "2.0%", "01HQ1", "SMS"],
    ["Spring Sale Email", "promo", "Spring is here", "Newsletter", "2026-03-05 09:00:00",
     "Thursday", "5000", "40", "0.82%", "$2,000.00", "2000", "40.8%", "3100", "300", "6.12%",
     "400", "12", "1", "0.02%", "4900", "100", "2.0%", "01HQ2", "Email"],
    ["Flash Friday", "", "", "VIP", "2026-03-13 17:30:00", "Friday", "800", "12", "1.52%",
     "$480.00", "", "", "", "64", "8.1%", "70", "3", "0", "0.0%", "790", "10", "1.25%",
     "01HQ3", "SMS"],
])

KLAVIYO_NEW = csv_rows([
    ["Campaign name", "Subject line", "Audiences list", "Message send date time",
     "Total recipients", "Unique opens", "Unique clicks", "Count of unique conversions",
     "Conversion value", "Unique unsubscribes", "Total spam complaints", "Total bounced",
     "Campaign channel"],
    ["April drop", "", "Everyone", "2026-04-10T15:00:00Z", "2,400", "", "288", "31",
     "$1,550.25", "9", "0", "24", "SMS"],
    ["April drop email", "New in April", "Everyone", "2026-04-10T14:00:00Z", "10,000", "3,500",
     "410", "22", "$990.00", "30", "2", "150", "Email"],
])

DOTDIGITAL = csv_rows([
    ["Last sent", "Campaign name", "Click-to-delivered rate", "Conversion rate",
     "Direct orders", "Assisted orders", "Revenue", "Assisted revenue", "Total segments",
     "Total clicks", "Total delivered", "Total sent", "Type", "Unique clickers",
     "Unsubscribes"],
    ["05/03/2026 09:00", "Mothers day", "10.5%", "2.1%", "21", "5", "£1,050.00", "£200.00",
     "1200", "130", "1000", "1020", "SMS", "105", "4"],
    ["14/03/2026 10:15", "Pi day", "8.0%", "1.0%", "5", "1", "£250.00", "£20.00", "600",
     "45", "500", "510", "SMS", "40", "2"],
])


BREVO = csv_rows([
    ["id", "name", "status", "scheduledAt", "delivered", "sent", "processing", "softBounces",
     "hardBounces", "unsubscriptions", "answered"],
    ["12", "Bank holiday", "sent", "2026-05-04T08:00:00.000+01:00", "1880", "1900", "0", "12",
     "8", "6", "14"],
    ["13", "Summer kick-off", "sent", "2026-06-01T08:00:00.000+01:00", "950", "960", "0", "6",
     "4", "2", "3"],
])
