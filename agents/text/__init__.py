"""Pure text logic: no faust, no aiokafka, no clock, no logging, no network."""
