"""dhr: run a Domestic Homicide Review from notification to publication."""
