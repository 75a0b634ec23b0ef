"""The printed report: File > Print report... and Save report as PDF..., and `smsplanner report`."""
