x = 'café' +
