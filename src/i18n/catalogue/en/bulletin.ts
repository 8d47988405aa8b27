/** English words of the bulletin area; keys start with 'bulletin.'. */
export const bulletin = {
} as const;
