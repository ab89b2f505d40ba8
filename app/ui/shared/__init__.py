"""What more than one screen uses: labels and words (`labels`), and the one way a time is
written (`clock_text`)."""
