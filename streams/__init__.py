"""storywire's stream skeleton: settings, records, topics, the Faust app and its commands."""
