import statistics as st
data = [2, 4, 4, 4, 5, 5, 7, 9]
print(st.mean(data), st.median(data), st.mode(data), st.pstdev(data), st.pvariance(data))
print(st.median([1, 3, 5, 7]), st.median_low([1, 3, 5, 7]), st.median_high([1, 3, 5, 7]))
print(round(st.stdev(data), 6), st.fmean([1.5, 2.5]), st.multimode("aabbc"))
try:
    st.mean([])
except st.StatisticsError as e:
    print(type(e).__name__, e)
