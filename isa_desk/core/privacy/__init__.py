"""What the office's duties under the GDPR need: consent per purpose, a person's data on
request (Art. 15), erasure for good (Art. 17), retention, and the audit trail made
readable."""
